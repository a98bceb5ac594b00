/**
 * Word lists for synthetic collections: fields (arXiv categories with cross-list partners and
 * growth rates), name parts and title words. Plain data, so the generator stays readable.
 */

/** A research field: its primary category, where it cross-lists, how it grows and what it writes about. */
export interface SyntheticField {
  category: string;
  /** Share of all papers, before growth. */
  weight: number;
  /** Yearly growth factor of its paper count. */
  growth: number;
  crossLists: string[];
  topics: string[];
}

const words = (s: string) => s.split(' ');

/** One field a line: category | weight | growth | cross-lists | topics (space-separated lists). */
const FIELD_TABLE = `
astro-ph.GA | 6 | 1.07 | astro-ph.CO astro-ph.IM astro-ph.SR | galaxy dwarf halo bar spiral merger morphology quenching bulge disc gas stellar-mass
astro-ph.CO | 5 | 1.06 | astro-ph.GA gr-qc hep-ph | cosmic-web lensing dark-energy inflation CMB baryon-acoustic reionisation clustering
astro-ph.SR | 3 | 1.05 | astro-ph.EP astro-ph.GA | star binary pulsation asteroseismology flare magnetic wind white-dwarf
astro-ph.HE | 3 | 1.06 | astro-ph.CO gr-qc hep-ph | black-hole jet neutrino gamma-ray supernova magnetar accretion transient
astro-ph.IM | 1 | 1.09 | astro-ph.GA cs.LG physics.data-an | pipeline survey telescope calibration catalogue photometry spectrograph
cs.LG | 4 | 1.17 | stat.ML cs.AI cs.CV cs.CL | transformer gradient representation benchmark diffusion reinforcement kernel graph
cs.CV | 3 | 1.15 | cs.LG cs.AI | segmentation detection image video depth tracking captioning restoration
cs.CL | 2 | 1.15 | cs.LG cs.AI | language translation parsing dialogue retrieval tokeniser summarisation
hep-th | 5 | 1.02 | gr-qc hep-ph math-ph | string holography duality anomaly supersymmetry amplitude brane
hep-ph | 5 | 1.03 | hep-ex hep-th astro-ph.CO | collider Higgs flavour QCD neutrino-mass axion lattice
quant-ph | 4 | 1.08 | cond-mat.str-el cs.ET physics.optics | qubit entanglement error-correction channel photonic annealing
cond-mat.str-el | 3 | 1.04 | cond-mat.mtrl-sci quant-ph | spin-liquid Hubbard superconductivity magnon topological Kondo
math.AP | 2 | 1.05 | math.NA math-ph | regularity Navier-Stokes elliptic blow-up Sobolev dispersive
`;

export const FIELDS: SyntheticField[] = FIELD_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [category, weight, growth, crossLists, topics] = line.split(' | ');
    return {
      category,
      weight: Number(weight),
      growth: Number(growth),
      crossLists: words(crossLists),
      topics: words(topics),
    };
  });

/** Given names from several languages, so folding and merging meet realistic variety. */
export const GIVEN = words(
  'Anna Mike Chris Jane John Wei Li Yuki Hiroshi Priya Rahul Aisha Omar Fatima Carlos Maria José Lucía ' +
    'Pierre Élodie Jean-Pierre Sophie Hans Greta Lars Ingrid Mikhail Olga Dmitri Ana João Giulia Marco ' +
    'Chiara Luca Sara David Rachel Daniel Emily James Laura Kevin Nadia Tomasz Agnieszka Piotr Zofia ' +
    'Jan Eva Karel Minh Thanh Jia Xin Hao Ming Yan Jun Hyun Seo-yeon Ji-ho Arjun Ananya Vikram Kavya ' +
    'Mehmet Ayşe Emre Zeynep Kwame Amara Chidi Ngozi Tariq Leila Reza Shirin Sean Niamh Ewan Isla ' +
    'Björn Sigrid Pekka Aino Matteo Francesca Pablo Inés Andrés Camila Diego Valentina Nikos Eleni ' +
    'Stefan Katarina Milan Jelena Ravi Sunita Kenji Aiko Takumi Haruka Lin Feng Tao Mei Rui Bo',
);

export const SURNAMES = words(
  'Walmsley Scaife Lintott Smith Jones Brown Taylor Wilson Evans Thomas Johnson Roberts Walker Wright ' +
    'Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao ' +
    'Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Sato ' +
    'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin ' +
    'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do ' +
    'Singh Kumar Sharma Patel Gupta Iyer Reddy Nair Rao Banerjee Chatterjee Mukherjee Das Bose ' +
    'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter ' +
    'García Martínez López González Rodríguez Fernández Pérez Sánchez Ramírez Torres Flores Díaz ' +
    'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo ' +
    'Dubois Martin Bernard Durand Lefebvre Leroy Moreau Laurent Girard Fournier Mercier ' +
    'Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Novák Svoboda Dvořák Horváth ' +
    'Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Fedorov Morozov Orlov ' +
    'Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Hosseini Ahmadi Karimi Rahman Hussain Khan Ali ' +
    'Okafor Mensah Adeyemi Boateng Mwangi Otieno Dlamini Nkosi ' +
    'Andersson Johansson Karlsson Nilsson Eriksson Larsen Hansen Nielsen Virtanen Korhonen ' +
    "O'Brien Murphy Kelly MacDonald Campbell Stewart Fraser Papadopoulos Georgiou Nikolaidis " +
    'Silva Santos Oliveira Souza Costa Pereira Almeida Ferreira Carvalho Gomes',
);

/** Surnames that carry a particle ("van der Berg"), which name parsing must keep whole. */
export const PARTICLE_SURNAMES = words(
  'van_der_Berg de_Vries van_Dijk von_Neumann de_la_Cruz di_Stefano da_Silva',
);

export const TITLE_WORDS = words(
  'a new study of the role of evidence for constraints on towards fast robust scalable deep ' +
    'probing measuring modelling learning revisiting understanding accurate efficient unified',
);

export const ABSTRACT_WORDS = words(
  'we present results from observations simulations data analysis model method approach show that ' +
    'the of and in to a is with for by on this these our using find which are be as from at an we ' +
    'significant improvement previous work sample large new measurement consistent predicted find ' +
    'robust evidence suggest implications future surveys framework performance state-of-the-art',
);

export const JOURNALS = words('MNRAS ApJ A&A PhRvD PhRvL JHEP NeurIPS ICML CVPR JMLR Nature PRX');

export const LICENSES = [
  'http://arxiv.org/licenses/nonexclusive-distrib/1.0/',
  'http://creativecommons.org/licenses/by/4.0/',
  'http://creativecommons.org/licenses/by-nc-sa/4.0/',
  null,
];
