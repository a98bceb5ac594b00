/**
 * The arXiv category taxonomy: every archive and category with its full name, as listed on
 * arxiv.org/category_taxonomy, plus the legacy archives still found in old identifiers and the
 * metadata snapshot. Aliases (cs.NA = math.NA, …) are kept as separate ids with `aliasOf`.
 */

export interface ArxivArchive {
  id: string;
  name: string;
  group: string;
}

export interface ArxivCategory {
  id: string;
  name: string;
  archive: string;
  aliasOf?: string;
  legacy?: boolean;
}

const CS = 'Computer Science';
const PHYS = 'Physics';
const MATH = 'Mathematics';

export const ARCHIVES: readonly ArxivArchive[] = [
  { id: 'astro-ph', name: 'Astrophysics', group: PHYS },
  { id: 'cond-mat', name: 'Condensed Matter', group: PHYS },
  { id: 'gr-qc', name: 'General Relativity and Quantum Cosmology', group: PHYS },
  { id: 'hep-ex', name: 'High Energy Physics - Experiment', group: PHYS },
  { id: 'hep-lat', name: 'High Energy Physics - Lattice', group: PHYS },
  { id: 'hep-ph', name: 'High Energy Physics - Phenomenology', group: PHYS },
  { id: 'hep-th', name: 'High Energy Physics - Theory', group: PHYS },
  { id: 'math-ph', name: 'Mathematical Physics', group: PHYS },
  { id: 'nlin', name: 'Nonlinear Sciences', group: PHYS },
  { id: 'nucl-ex', name: 'Nuclear Experiment', group: PHYS },
  { id: 'nucl-th', name: 'Nuclear Theory', group: PHYS },
  { id: 'physics', name: 'Physics', group: PHYS },
  { id: 'quant-ph', name: 'Quantum Physics', group: PHYS },
  { id: 'math', name: 'Mathematics', group: MATH },
  { id: 'cs', name: 'Computer Science', group: CS },
  { id: 'q-bio', name: 'Quantitative Biology', group: 'Quantitative Biology' },
  { id: 'q-fin', name: 'Quantitative Finance', group: 'Quantitative Finance' },
  { id: 'stat', name: 'Statistics', group: 'Statistics' },
  {
    id: 'eess',
    name: 'Electrical Engineering and Systems Science',
    group: 'Electrical Engineering and Systems Science',
  },
  { id: 'econ', name: 'Economics', group: 'Economics' },
];

type Row = [suffix: string, name: string, aliasOf?: string];

const SUBJECTS: Record<string, Row[]> = {
  'astro-ph': [
    ['CO', 'Cosmology and Nongalactic Astrophysics'],
    ['EP', 'Earth and Planetary Astrophysics'],
    ['GA', 'Astrophysics of Galaxies'],
    ['HE', 'High Energy Astrophysical Phenomena'],
    ['IM', 'Instrumentation and Methods for Astrophysics'],
    ['SR', 'Solar and Stellar Astrophysics'],
  ],
  'cond-mat': [
    ['dis-nn', 'Disordered Systems and Neural Networks'],
    ['mes-hall', 'Mesoscale and Nanoscale Physics'],
    ['mtrl-sci', 'Materials Science'],
    ['other', 'Other Condensed Matter'],
    ['quant-gas', 'Quantum Gases'],
    ['soft', 'Soft Condensed Matter'],
    ['stat-mech', 'Statistical Mechanics'],
    ['str-el', 'Strongly Correlated Electrons'],
    ['supr-con', 'Superconductivity'],
  ],
  nlin: [
    ['AO', 'Adaptation and Self-Organizing Systems'],
    ['CD', 'Chaotic Dynamics'],
    ['CG', 'Cellular Automata and Lattice Gases'],
    ['PS', 'Pattern Formation and Solitons'],
    ['SI', 'Exactly Solvable and Integrable Systems'],
  ],
  physics: [
    ['acc-ph', 'Accelerator Physics'],
    ['ao-ph', 'Atmospheric and Oceanic Physics'],
    ['app-ph', 'Applied Physics'],
    ['atm-clus', 'Atomic and Molecular Clusters'],
    ['atom-ph', 'Atomic Physics'],
    ['bio-ph', 'Biological Physics'],
    ['chem-ph', 'Chemical Physics'],
    ['class-ph', 'Classical Physics'],
    ['comp-ph', 'Computational Physics'],
    ['data-an', 'Data Analysis, Statistics and Probability'],
    ['ed-ph', 'Physics Education'],
    ['flu-dyn', 'Fluid Dynamics'],
    ['gen-ph', 'General Physics'],
    ['geo-ph', 'Geophysics'],
    ['hist-ph', 'History and Philosophy of Physics'],
    ['ins-det', 'Instrumentation and Detectors'],
    ['med-ph', 'Medical Physics'],
    ['optics', 'Optics'],
    ['plasm-ph', 'Plasma Physics'],
    ['pop-ph', 'Popular Physics'],
    ['soc-ph', 'Physics and Society'],
    ['space-ph', 'Space Physics'],
  ],
  math: [
    ['AC', 'Commutative Algebra'],
    ['AG', 'Algebraic Geometry'],
    ['AP', 'Analysis of PDEs'],
    ['AT', 'Algebraic Topology'],
    ['CA', 'Classical Analysis and ODEs'],
    ['CO', 'Combinatorics'],
    ['CT', 'Category Theory'],
    ['CV', 'Complex Variables'],
    ['DG', 'Differential Geometry'],
    ['DS', 'Dynamical Systems'],
    ['FA', 'Functional Analysis'],
    ['GM', 'General Mathematics'],
    ['GN', 'General Topology'],
    ['GR', 'Group Theory'],
    ['GT', 'Geometric Topology'],
    ['HO', 'History and Overview'],
    ['IT', 'Information Theory', 'cs.IT'],
    ['KT', 'K-Theory and Homology'],
    ['LO', 'Logic'],
    ['MG', 'Metric Geometry'],
    ['MP', 'Mathematical Physics', 'math-ph'],
    ['NA', 'Numerical Analysis'],
    ['NT', 'Number Theory'],
    ['OA', 'Operator Algebras'],
    ['OC', 'Optimization and Control'],
    ['PR', 'Probability'],
    ['QA', 'Quantum Algebra'],
    ['RA', 'Rings and Algebras'],
    ['RT', 'Representation Theory'],
    ['SG', 'Symplectic Geometry'],
    ['SP', 'Spectral Theory'],
    ['ST', 'Statistics Theory', 'stat.TH'],
  ],
  cs: [
    ['AI', 'Artificial Intelligence'],
    ['AR', 'Hardware Architecture'],
    ['CC', 'Computational Complexity'],
    ['CE', 'Computational Engineering, Finance, and Science'],
    ['CG', 'Computational Geometry'],
    ['CL', 'Computation and Language'],
    ['CR', 'Cryptography and Security'],
    ['CV', 'Computer Vision and Pattern Recognition'],
    ['CY', 'Computers and Society'],
    ['DB', 'Databases'],
    ['DC', 'Distributed, Parallel, and Cluster Computing'],
    ['DL', 'Digital Libraries'],
    ['DM', 'Discrete Mathematics'],
    ['DS', 'Data Structures and Algorithms'],
    ['ET', 'Emerging Technologies'],
    ['FL', 'Formal Languages and Automata Theory'],
    ['GL', 'General Literature'],
    ['GR', 'Graphics'],
    ['GT', 'Computer Science and Game Theory'],
    ['HC', 'Human-Computer Interaction'],
    ['IR', 'Information Retrieval'],
    ['IT', 'Information Theory'],
    ['LG', 'Machine Learning'],
    ['LO', 'Logic in Computer Science'],
    ['MA', 'Multiagent Systems'],
    ['MM', 'Multimedia'],
    ['MS', 'Mathematical Software'],
    ['NA', 'Numerical Analysis', 'math.NA'],
    ['NE', 'Neural and Evolutionary Computing'],
    ['NI', 'Networking and Internet Architecture'],
    ['OH', 'Other Computer Science'],
    ['OS', 'Operating Systems'],
    ['PF', 'Performance'],
    ['PL', 'Programming Languages'],
    ['RO', 'Robotics'],
    ['SC', 'Symbolic Computation'],
    ['SD', 'Sound'],
    ['SE', 'Software Engineering'],
    ['SI', 'Social and Information Networks'],
    ['SY', 'Systems and Control', 'eess.SY'],
  ],
  'q-bio': [
    ['BM', 'Biomolecules'],
    ['CB', 'Cell Behavior'],
    ['GN', 'Genomics'],
    ['MN', 'Molecular Networks'],
    ['NC', 'Neurons and Cognition'],
    ['OT', 'Other Quantitative Biology'],
    ['PE', 'Populations and Evolution'],
    ['QM', 'Quantitative Methods'],
    ['SC', 'Subcellular Processes'],
    ['TO', 'Tissues and Organs'],
  ],
  'q-fin': [
    ['CP', 'Computational Finance'],
    ['EC', 'Economics', 'econ.GN'],
    ['GN', 'General Finance'],
    ['MF', 'Mathematical Finance'],
    ['PM', 'Portfolio Management'],
    ['PR', 'Pricing of Securities'],
    ['RM', 'Risk Management'],
    ['ST', 'Statistical Finance'],
    ['TR', 'Trading and Market Microstructure'],
  ],
  stat: [
    ['AP', 'Applications'],
    ['CO', 'Computation'],
    ['ME', 'Methodology'],
    ['ML', 'Machine Learning'],
    ['OT', 'Other Statistics'],
    ['TH', 'Statistics Theory'],
  ],
  eess: [
    ['AS', 'Audio and Speech Processing'],
    ['IV', 'Image and Video Processing'],
    ['SP', 'Signal Processing'],
    ['SY', 'Systems and Control'],
  ],
  econ: [
    ['EM', 'Econometrics'],
    ['GN', 'General Economics'],
    ['TH', 'Theoretical Economics'],
  ],
};

/** Archives without subject classes are categories in their own right (hep-th, gr-qc, …). */
const STANDALONE = [
  'gr-qc',
  'hep-ex',
  'hep-lat',
  'hep-ph',
  'hep-th',
  'math-ph',
  'nucl-ex',
  'nucl-th',
  'quant-ph',
];

/** Archives retired before 2009 that still appear in old identifiers, with where they went. */
const LEGACY: [id: string, name: string, archive: string, aliasOf?: string][] = [
  ['astro-ph', 'Astrophysics (before 2009)', 'astro-ph'],
  ['cond-mat', 'Condensed Matter (general)', 'cond-mat'],
  ['acc-phys', 'Accelerator Physics (legacy)', 'physics', 'physics.acc-ph'],
  ['adap-org', 'Adaptation, Noise, and Self-Organizing Systems (legacy)', 'nlin', 'nlin.AO'],
  ['alg-geom', 'Algebraic Geometry (legacy)', 'math', 'math.AG'],
  ['ao-sci', 'Atmospheric-Oceanic Sciences (legacy)', 'physics', 'physics.ao-ph'],
  ['atom-ph', 'Atomic, Molecular and Optical Physics (legacy)', 'physics', 'physics.atom-ph'],
  ['bayes-an', 'Bayesian Analysis (legacy)', 'physics', 'physics.data-an'],
  ['chao-dyn', 'Chaotic Dynamics (legacy)', 'nlin', 'nlin.CD'],
  ['chem-ph', 'Chemical Physics (legacy)', 'physics', 'physics.chem-ph'],
  ['cmp-lg', 'Computation and Language (legacy)', 'cs', 'cs.CL'],
  ['comp-gas', 'Cellular Automata and Lattice Gases (legacy)', 'nlin', 'nlin.CG'],
  ['dg-ga', 'Differential Geometry (legacy)', 'math', 'math.DG'],
  ['funct-an', 'Functional Analysis (legacy)', 'math', 'math.FA'],
  ['mtrl-th', 'Materials Theory (legacy)', 'cond-mat', 'cond-mat.mtrl-sci'],
  ['patt-sol', 'Pattern Formation and Solitons (legacy)', 'nlin', 'nlin.PS'],
  ['plasm-ph', 'Plasma Physics (legacy)', 'physics', 'physics.plasm-ph'],
  ['q-alg', 'Quantum Algebra and Topology (legacy)', 'math', 'math.QA'],
  ['solv-int', 'Exactly Solvable and Integrable Systems (legacy)', 'nlin', 'nlin.SI'],
  ['supr-con', 'Superconductivity (legacy)', 'cond-mat', 'cond-mat.supr-con'],
  ['physics', 'Physics (general)', 'physics'],
  ['math', 'Mathematics (general)', 'math'],
  ['nlin', 'Nonlinear Sciences (general)', 'nlin'],
];

function buildCategories(): ArxivCategory[] {
  const out: ArxivCategory[] = [];
  const archiveName = new Map(ARCHIVES.map((a) => [a.id, a.name]));
  for (const [archive, rows] of Object.entries(SUBJECTS)) {
    for (const [suffix, name, aliasOf] of rows)
      out.push({ id: `${archive}.${suffix}`, name, archive, aliasOf });
  }
  for (const id of STANDALONE) out.push({ id, name: archiveName.get(id) ?? id, archive: id });
  for (const [id, name, archive, aliasOf] of LEGACY) out.push({ id, name, archive, aliasOf, legacy: true });
  return out;
}

export const CATEGORIES: readonly ArxivCategory[] = buildCategories();

const byId = new Map(CATEGORIES.map((c) => [c.id.toLowerCase(), c]));
const archiveById = new Map(ARCHIVES.map((a) => [a.id, a]));

/** The category with this id (case-insensitive), or undefined when arXiv has no such category. */
export function findCategory(id: string): ArxivCategory | undefined {
  return byId.get(id.trim().toLowerCase());
}

/** The canonical spelling of an arXiv category id, or null when it is not one. */
export function canonicalCategory(id: string): string | null {
  return findCategory(id)?.id ?? null;
}

export function findArchive(id: string): ArxivArchive | undefined {
  return archiveById.get(id);
}

/** Every category whose subject-class suffix is `code` (`CV` → cs.CV, math.CV), aliases excluded. */
export function categoriesWithSuffix(code: string): ArxivCategory[] {
  return CATEGORIES.filter((c) => !c.legacy && !c.aliasOf && c.id.split('.')[1] === code);
}
