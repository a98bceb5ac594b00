import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/data/bibtex';
import { parseCslJson } from '../../../src/lib/data/csl-json';
import { makePaper, type Paper } from '../../../src/lib/data/paper';
import { categoryNodeColor } from '../../../src/lib/views/network-export';
import { escapeBibtex, papersToBibtex } from '../../../src/lib/export/bibtex-export';
import { papersToCslJson } from '../../../src/lib/export/csl-json-export';
import { PAPER_COLUMNS, papersToCsv } from '../../../src/lib/export/csv-export';
import { graphToGexf } from '../../../src/lib/export/gexf-export';
import { graphToJsonText, type NetworkJson } from '../../../src/lib/export/network-json';
import { buildCoauthorGraph } from '../../../src/lib/model/coauthor-graph';
import { mergePeople } from '../../../src/lib/model/name-merge';
import { categoryColors } from '../../../src/lib/model/palette';
import { HOSTILE_AUTHOR, HOSTILE_TITLE, bundled, hostilePapers, parseXml } from './fixtures';

const papers = bundled.papers;
const titles = (list: readonly Paper[]) => list.map((p) => p.title);

describe('papers as CSV', () => {
  it('round-trips the bundled 16 papers through d3-dsv', () => {
    const rows = csvParse(papersToCsv(papers));
    expect(rows.columns).toEqual([...PAPER_COLUMNS]);
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r.title)).toEqual(titles(papers));
    expect(rows.map((r) => r.authors!.split('; '))).toEqual(papers.map((p) => [...p.authors]));
    expect(rows.map((r) => Number(r.year))).toEqual(papers.map((p) => p.year));
    expect(rows.map((r) => r.categories)).toEqual(papers.map((p) => p.categories.join('; ')));
    expect(rows.map((r) => r.abstract)).toEqual(papers.map((p) => p.abstract));
  });

  it('keeps hostile text as plain cell values', () => {
    const rows = csvParse(papersToCsv(hostilePapers()));
    expect(rows.map((r) => r.title)).toEqual(titles(hostilePapers()));
    expect(rows[0].authors).toBe(`${HOSTILE_AUTHOR}; Jane Doe`);
  });
});

describe('papers as CSL-JSON', () => {
  it('round-trips the bundled 16 papers through the app’s CSL-JSON reader', () => {
    const back = parseCslJson(papersToCslJson(papers), { file: 'x.json' });
    expect(back.problems).toEqual([]);
    expect(titles(back.papers)).toEqual(titles(papers));
    expect(back.papers.map((p) => p.date)).toEqual(papers.map((p) => p.date));
    expect(back.papers.map((p) => p.authors)).toEqual(papers.map((p) => p.authors));
    expect(back.papers.map((p) => p.authorsTruncated)).toEqual(papers.map((p) => p.authorsTruncated));
  });

  it('writes arXiv ids and categories where reference managers read them', () => {
    const p = makePaper({
      title: 'T',
      date: '2022-04',
      authors: ['Jane A. van der Doe'],
      categories: ['astro-ph.GA'],
      links: { arxiv: '2204.08516', doi: '10.1/x' },
      source: { file: 'x' },
    });
    const [item] = JSON.parse(papersToCslJson([p]));
    expect(item).toMatchObject({
      author: [{ family: 'van der Doe', given: 'Jane A.' }],
      issued: { 'date-parts': [[2022, 4]] },
      archive: 'arXiv',
      archive_location: '2204.08516',
      note: 'arXiv:2204.08516 [astro-ph.GA]',
      DOI: '10.1/x',
    });
    const back = parseCslJson(papersToCslJson([p]), { file: 'x.json' }).papers[0];
    expect(back.links.arxiv).toBe('2204.08516');
    expect(back.categories).toEqual(['astro-ph.GA']);
  });
});

describe('papers as BibTeX', () => {
  it('round-trips the bundled 16 papers through the app’s BibTeX reader', () => {
    const bib = papersToBibtex(papers);
    const back = parseBibtex(bib, { file: 'x.bib' });
    expect(back.problems.filter((p) => p.action !== 'noted')).toEqual([]);
    expect(titles(back.papers)).toEqual(titles(papers));
    expect(back.papers.map((p) => p.date)).toEqual(papers.map((p) => p.date));
    expect(back.papers.map((p) => p.authors)).toEqual(papers.map((p) => p.authors));
    expect(back.papers.map((p) => p.authorsTruncated)).toEqual(papers.map((p) => p.authorsTruncated));
    expect(back.papers.map((p) => p.categories[0])).toEqual(papers.map((p) => p.categories[0]));
    expect(new Set(bib.match(/^@\w+\{[^,]+,/gm)).size).toBe(16);
  });

  it('escapes braces and TeX specials so the text reads back unchanged', () => {
    const title = "Braces {a} } { 100% of $5 & #1 a_b ~x^2 back\\slash -- ‘quotes’ '' <i>no</i>";
    const p = makePaper({ title, date: '2020', authors: ['Zoë {Odd} Brace'], source: { file: 'x' } });
    const bib = papersToBibtex([p]);
    expect(escapeBibtex('{}')).toBe('\\{\\}');
    const back = parseBibtex(bib, { file: 'x.bib' });
    expect(back.papers[0].title).toBe(title);
    expect(back.papers[0].authors).toEqual(['Zoë {Odd} Brace']);
  });

  it('keeps hostile text as text', () => {
    const back = parseBibtex(papersToBibtex(hostilePapers()), { file: 'x.bib' }).papers;
    expect(titles(back)).toEqual(titles(hostilePapers()));
    expect(back[0].authors[0]).toBe(HOSTILE_AUTHOR);
  });
});

describe('the coauthor network as GEXF and JSON', () => {
  const people = mergePeople(papers, { owner: bundled.profile!.name });
  const graph = buildCoauthorGraph(papers, people);
  const nodeColor = categoryNodeColor(categoryColors(papers));

  it('writes GEXF 1.3 that parses, with every person and coauthorship', () => {
    const doc = parseXml(
      graphToGexf(graph, { description: 'Data: x', date: '2026-11-26', nodeColor }),
      'text/xml',
    );
    const root = doc.documentElement;
    expect([root.tagName, root.getAttribute('version'), root.namespaceURI]).toEqual([
      'gexf',
      '1.3',
      'http://gexf.net/1.3',
    ]);
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes).toHaveLength(29);
    expect(doc.getElementsByTagName('edge')).toHaveLength(56);
    expect(nodes.map((n) => n.getAttribute('label'))).toEqual(graph.nodes.map((n) => n.name));
    const owner = nodes.find((n) => n.getAttribute('label') === 'Mike Walmsley')!;
    expect(owner.querySelector('attvalue[for="owner"]')?.getAttribute('value')).toBe('true');
    expect(owner.getElementsByTagName('viz:color')[0].getAttribute('r')).toBe('0');
  });

  it('escapes hostile names in GEXF', () => {
    const hostile = hostilePapers();
    const g = buildCoauthorGraph(hostile, mergePeople(hostile));
    const xml = graphToGexf(g, { description: HOSTILE_TITLE, date: '2026-01-01', nodeColor });
    const doc = parseXml(xml, 'text/xml');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect([...doc.getElementsByTagName('node')].map((n) => n.getAttribute('label'))).toContain(
      HOSTILE_AUTHOR,
    );
    expect(doc.getElementsByTagName('description')[0].textContent).toBe(HOSTILE_TITLE);
  });

  it('writes JSON nodes and links with the graph’s ids', () => {
    const json = JSON.parse(graphToJsonText(graph, nodeColor)) as NetworkJson;
    expect(json.nodes).toHaveLength(29);
    expect(json.links).toHaveLength(56);
    const ids = new Set(json.nodes.map((n) => n.id));
    for (const l of json.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    expect(json.nodes.find((n) => n.owner)?.name).toBe('Mike Walmsley');
  });
});
