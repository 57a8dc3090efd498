/**
 * Word lists for seed rows: Indian states and districts (the poultry belts first), NECC zones,
 * people, businesses, breeds, feeds and the things poultry farmers post and message about.
 * Real names and codes; every value here is public knowledge, none identifies a person.
 */

export interface State {
  /** Two-letter code as used in vehicle registrations and GSTIN state codes' names. */
  readonly code: string;
  readonly name: string;
  /** GST state code (the first two digits of a GSTIN). */
  readonly gst: string;
  readonly districts: readonly string[];
  /** First digit(s) of the state's PIN codes. */
  readonly pin: string;
}

export const STATES: readonly State[] = [
  {
    code: 'TN',
    name: 'Tamil Nadu',
    gst: '33',
    pin: '6',
    districts: ['Namakkal', 'Salem', 'Erode', 'Coimbatore', 'Tiruppur', 'Chennai', 'Madurai', 'Karur'],
  },
  {
    code: 'AP',
    name: 'Andhra Pradesh',
    gst: '37',
    pin: '5',
    districts: ['Chittoor', 'East Godavari', 'West Godavari', 'Krishna', 'Guntur', 'Visakhapatnam', 'Anantapur'],
  },
  {
    code: 'TS',
    name: 'Telangana',
    gst: '36',
    pin: '5',
    districts: ['Hyderabad', 'Rangareddy', 'Siddipet', 'Medak', 'Warangal', 'Karimnagar', 'Mahabubnagar'],
  },
  {
    code: 'KA',
    name: 'Karnataka',
    gst: '29',
    pin: '5',
    districts: ['Bengaluru Urban', 'Mysuru', 'Chikkaballapura', 'Kolar', 'Davanagere', 'Belagavi', 'Hassan'],
  },
  {
    code: 'MH',
    name: 'Maharashtra',
    gst: '27',
    pin: '4',
    districts: ['Pune', 'Nashik', 'Ahmednagar', 'Satara', 'Sangli', 'Nagpur', 'Mumbai Suburban', 'Aurangabad'],
  },
  { code: 'HR', name: 'Haryana', gst: '06', pin: '1', districts: ['Panchkula', 'Hisar', 'Karnal', 'Yamunanagar', 'Sonipat', 'Jind'] },
  { code: 'PB', name: 'Punjab', gst: '03', pin: '1', districts: ['Ludhiana', 'Patiala', 'Mohali', 'Jalandhar', 'Sangrur'] },
  {
    code: 'WB',
    name: 'West Bengal',
    gst: '19',
    pin: '7',
    districts: ['Kolkata', 'North 24 Parganas', 'Hooghly', 'Nadia', 'Bardhaman', 'Murshidabad'],
  },
  { code: 'OD', name: 'Odisha', gst: '21', pin: '7', districts: ['Khordha', 'Cuttack', 'Ganjam', 'Balasore', 'Sambalpur'] },
  { code: 'GJ', name: 'Gujarat', gst: '24', pin: '3', districts: ['Ahmedabad', 'Surat', 'Vadodara', 'Anand', 'Rajkot'] },
  { code: 'RJ', name: 'Rajasthan', gst: '08', pin: '3', districts: ['Ajmer', 'Jaipur', 'Alwar', 'Udaipur', 'Kota'] },
  { code: 'MP', name: 'Madhya Pradesh', gst: '23', pin: '4', districts: ['Indore', 'Bhopal', 'Jabalpur', 'Dhar', 'Ujjain'] },
  {
    code: 'UP',
    name: 'Uttar Pradesh',
    gst: '09',
    pin: '2',
    districts: ['Lucknow', 'Kanpur Nagar', 'Varanasi', 'Prayagraj', 'Gorakhpur', 'Meerut'],
  },
  { code: 'BR', name: 'Bihar', gst: '10', pin: '8', districts: ['Patna', 'Muzaffarpur', 'Gaya', 'Bhagalpur', 'Purnia'] },
  { code: 'KL', name: 'Kerala', gst: '32', pin: '6', districts: ['Ernakulam', 'Thrissur', 'Palakkad', 'Kozhikode', 'Kollam'] },
  { code: 'AS', name: 'Assam', gst: '18', pin: '7', districts: ['Kamrup Metropolitan', 'Nagaon', 'Barpeta', 'Dibrugarh'] },
  { code: 'JH', name: 'Jharkhand', gst: '20', pin: '8', districts: ['Ranchi', 'Dhanbad', 'Hazaribagh', 'Bokaro'] },
  { code: 'CG', name: 'Chhattisgarh', gst: '22', pin: '4', districts: ['Raipur', 'Durg', 'Bilaspur', 'Rajnandgaon'] },
];

/** NECC price zones (the committee quotes daily egg rates per zone). */
export const NECC_ZONES: readonly { readonly name: string; readonly state: string }[] = [
  { name: 'Namakkal', state: 'TN' },
  { name: 'Chennai', state: 'TN' },
  { name: 'Hyderabad', state: 'TS' },
  { name: 'Warangal', state: 'TS' },
  { name: 'Vijayawada', state: 'AP' },
  { name: 'Chittoor', state: 'AP' },
  { name: 'Visakhapatnam', state: 'AP' },
  { name: 'East Godavari', state: 'AP' },
  { name: 'West Godavari', state: 'AP' },
  { name: 'Bengaluru', state: 'KA' },
  { name: 'Mysuru', state: 'KA' },
  { name: 'Barwala', state: 'HR' },
  { name: 'Ludhiana', state: 'PB' },
  { name: 'Delhi', state: 'DL' },
  { name: 'Ajmer', state: 'RJ' },
  { name: 'Ahmedabad', state: 'GJ' },
  { name: 'Surat', state: 'GJ' },
  { name: 'Pune', state: 'MH' },
  { name: 'Mumbai', state: 'MH' },
  { name: 'Nagpur', state: 'MH' },
  { name: 'Indore', state: 'MP' },
  { name: 'Bhopal', state: 'MP' },
  { name: 'Jabalpur', state: 'MP' },
  { name: 'Raipur', state: 'CG' },
  { name: 'Kolkata', state: 'WB' },
  { name: 'Brahmapur', state: 'OD' },
  { name: 'Lucknow', state: 'UP' },
  { name: 'Kanpur', state: 'UP' },
  { name: 'Varanasi', state: 'UP' },
  { name: 'Patna', state: 'BR' },
  { name: 'Ranchi', state: 'JH' },
];

export const FIRST_NAMES: readonly string[] = [
  'Arun',
  'Lakshmi',
  'Murugan',
  'Priya',
  'Senthil',
  'Kavitha',
  'Ravi',
  'Anitha',
  'Suresh',
  'Meena',
  'Venkatesh',
  'Padma',
  'Srinivas',
  'Sravani',
  'Ramesh',
  'Swathi',
  'Mahesh',
  'Deepa',
  'Harpreet',
  'Gurpreet',
  'Manjit',
  'Simran',
  'Rajesh',
  'Sunita',
  'Amit',
  'Pooja',
  'Sanjay',
  'Neha',
  'Vikram',
  'Anjali',
  'Subhash',
  'Rina',
  'Debashis',
  'Mousumi',
  'Prakash',
  'Jyoti',
  'Imran',
  'Farhana',
  'Joseph',
  'Mary',
  'Basavaraj',
  'Shilpa',
  'Ganesh',
  'Savita',
  'Mohan',
  'Geetha',
  'Kiran',
  'Rekha',
];

export const LAST_NAMES: readonly string[] = [
  'Kumar',
  'Subramanian',
  'Ramasamy',
  'Palaniswamy',
  'Reddy',
  'Rao',
  'Naidu',
  'Chowdary',
  'Gowda',
  'Hegde',
  'Patil',
  'Deshmukh',
  'Jadhav',
  'Singh',
  'Sandhu',
  'Gill',
  'Sharma',
  'Verma',
  'Yadav',
  'Gupta',
  'Das',
  'Ghosh',
  'Mondal',
  'Mohanty',
  'Patel',
  'Shah',
  'Mehta',
  'Nair',
  'Menon',
  'Khan',
  'Ansari',
  'Thomas',
  'Varghese',
  'Iyer',
  'Pillai',
  'Mishra',
  'Tiwari',
];

const BUSINESS_STEMS = [
  'Sri Venkateswara',
  'Sri Lakshmi',
  'Annapoorna',
  'Kaveri',
  'Godavari',
  'Sahyadri',
  'Himalaya',
  'Shakti',
  'Ganga',
  'Deccan',
  'Golden',
  'Green Valley',
  'Sunrise',
  'Royal',
  'Star',
  'Kisan',
  'Bharat',
  'Vijaya',
  'Amrit',
  'Jai Kisan',
];
const BUSINESS_KINDS = [
  'Poultry Farms',
  'Hatcheries',
  'Layer Farm',
  'Broiler Farms',
  'Feeds',
  'Feed Mills',
  'Agro Products',
  'Egg Traders',
  'Chicks Supply',
  'Veterinary Clinic',
  'Poultry Equipment',
  'Cold Chain',
  'Integrations',
  'Breeders',
];
const BUSINESS_SUFFIXES = ['', ' Pvt Ltd', ' LLP', ' & Co', ' Enterprises', ' Producer Company'];

export const businessName = (pick: <T>(items: readonly T[]) => T, place: string): string =>
  `${pick([pick(BUSINESS_STEMS), place])} ${pick(BUSINESS_KINDS)}${pick(BUSINESS_SUFFIXES)}`;

export const ORGANIZATIONS: readonly string[] = [
  'Namakkal Egg Producers Association',
  'Telangana Poultry Federation',
  'Andhra Pradesh Poultry Federation',
  'Karnataka Poultry Farmers and Breeders Association',
  'Poultry Federation of India',
  'Haryana Poultry Farmers Welfare Society',
  'Maharashtra Poultry Breeders Association',
  'West Bengal Poultry Federation',
  'Punjab Poultry Farmers Association',
  'Kerala Poultry Development Society',
  'Odisha Poultry Producers Cooperative',
  'Broiler Coordination Committee Tamil Nadu',
];

export const BREEDS: readonly string[] = [
  'Cobb 400',
  'Ross 308',
  'Hubbard',
  'Vencobb',
  'BV-300',
  'Hy-Line W-36',
  'Lohmann Brown',
  'Babcock',
  'Kadaknath',
  'Aseel',
  'Giriraja',
  'Vanaraja',
  'Gramapriya',
  'Kaveri',
  'Rhode Island Red',
];

export const FEEDS: readonly string[] = [
  'maize',
  'soybean meal',
  'de-oiled rice bran',
  'broken rice',
  'fish meal',
  'groundnut cake',
  'limestone grit',
  'dicalcium phosphate',
  'pre-starter crumbs',
  'broiler starter',
  'broiler finisher',
  'layer mash',
  'grower mash',
];

export const DISEASES: readonly string[] = [
  'Ranikhet (Newcastle disease)',
  'Gumboro (IBD)',
  "Marek's disease",
  'coccidiosis',
  'avian influenza (H5N1)',
  'fowl pox',
  'infectious bronchitis',
  'CRD (mycoplasma)',
  'E. coli infection',
  'heat stress',
];

export const SKILLS: readonly string[] = [
  'broiler management',
  'layer management',
  'hatchery operations',
  'feed formulation',
  'vaccination',
  'biosecurity',
  'poultry nutrition',
  'farm accounting',
  'egg grading',
  'cold chain logistics',
  'contract farming',
  'disease diagnosis',
];

const POST_TEMPLATES: readonly ((w: Words) => string)[] = [
  (w) => `NECC egg rate in ${w.zone} today: ₹${w.eggPrice} per 100 eggs. ${w.pick(['Up', 'Down', 'Steady'])} from yesterday.`,
  (w) => `Broiler farm-gate price in ${w.district} is ₹${w.int(82, 148)}/kg live weight this morning.`,
  (w) => `Vaccinated ${w.int(2, 40) * 500} ${w.breed} chicks against ${w.disease} today. Day ${w.int(5, 21)} schedule done.`,
  (w) => `Looking for ${w.int(5, 60)} tonnes of ${w.feed} delivered to ${w.district}, ${w.state}. Please DM rates.`,
  (w) => `Shed ${w.int(1, 12)} ready for the next batch: ${w.int(4, 30) * 1000} birds, ${w.breed}. Litter changed, brooders checked.`,
  (w) => `Heat wave in ${w.district}: keep water cool, add electrolytes and run foggers between 11 am and 4 pm.`,
  (w) => `Attended the ${w.org} meeting in ${w.district}. Discussion on feed costs and the new price policy.`,
  (w) => `Any vet near ${w.district}? Birds showing signs of ${w.disease} in one shed.`,
  (w) => `Egg production at ${w.int(82, 96)}% this week in our ${w.breed} flock. Feed ${w.feed} mix working well.`,
  (w) => `Selling ${w.int(2, 20) * 1000} trays of eggs from ${w.district}. Pickup or delivery within ${w.state}.`,
];

const MESSAGE_TEMPLATES: readonly ((w: Words) => string)[] = [
  (w) => `Namaste, is the ${w.int(2, 20) * 500} chick order confirmed for ${w.pick(['Monday', 'Tuesday', 'Thursday', 'Saturday'])}?`,
  (w) => `Truck will reach ${w.district} by ${w.int(5, 11)} am. Please keep ${w.int(100, 900)} trays ready.`,
  (w) => `What is your rate for ${w.feed} this week?`,
  (w) => `Payment of ₹${w.int(5, 400) * 1000} sent by UPI. Please check.`,
  (w) => `Doctor, the birds are better after the medicine. Thank you.`,
  (w) => `Can we meet at the ${w.district} market tomorrow?`,
  (w) => `NECC ${w.zone} rate is ₹${w.eggPrice}. Shall we hold the stock one more day?`,
];

/** What a template can draw on. */
export interface Words {
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
  readonly zone: string;
  readonly district: string;
  readonly state: string;
  readonly breed: string;
  readonly feed: string;
  readonly disease: string;
  readonly org: string;
  readonly eggPrice: number;
}

export const postText = (w: Words): string => w.pick(POST_TEMPLATES)(w);
export const messageText = (w: Words): string => w.pick(MESSAGE_TEMPLATES)(w);

export const TOPICS: readonly string[] = [
  'egg prices',
  'broiler rates',
  'feed prices',
  'vaccination',
  'biosecurity',
  'layer farming',
  'contract farming',
  'hatchery',
  'poultry equipment',
  'bird flu',
  'summer management',
  'NECC',
  'export',
  'organic eggs',
  'desi chicken',
];

export const LANGUAGES: readonly string[] = ['en', 'hi', 'ta', 'te', 'kn', 'mr', 'bn', 'pa', 'ml', 'gu', 'or'];

export const UNITS: readonly string[] = ['kg', 'tonne', 'tray', 'bird', 'dozen', 'bag', 'litre', 'piece'];
