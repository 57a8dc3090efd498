import {
  BREEDS,
  DISEASES,
  FEEDS,
  FIRST_NAMES,
  LAST_NAMES,
  NECC_ZONES,
  ORGANIZATIONS,
  STATES,
  businessName,
  type State,
  type Words,
} from './india-data.js';
import type { Prng } from './prng.js';

/**
 * The setting of one row: a person, a place, a business and the day's egg rate, drawn once so
 * that a row's columns agree with each other (its district lies in its state, its email is its
 * person's, its PIN code starts with its state's digit).
 */
export class Scene implements Words {
  readonly state: string;
  readonly stateInfo: State;
  readonly district: string;
  readonly zone: string;
  readonly first: string;
  readonly last: string;
  readonly business: string;
  readonly org: string;
  readonly breed: string;
  readonly feed: string;
  readonly disease: string;
  /** NECC rate in rupees per 100 eggs. */
  readonly eggPrice: number;
  /** A number unique within the table, so text built from it stays unique. */
  readonly serial: number;

  constructor(
    private readonly random: Prng,
    serial: number,
  ) {
    this.serial = serial;
    this.stateInfo = random.pick(STATES);
    this.state = this.stateInfo.name;
    this.district = random.pick(this.stateInfo.districts);
    this.zone = random.pick(NECC_ZONES).name;
    this.first = random.pick(FIRST_NAMES);
    this.last = random.pick(LAST_NAMES);
    this.business = businessName((items) => random.pick(items), this.district);
    this.org = random.pick(ORGANIZATIONS);
    this.breed = random.pick(BREEDS);
    this.feed = random.pick(FEEDS);
    this.disease = random.pick(DISEASES);
    this.eggPrice = random.int(420, 640);
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }

  int(min: number, max: number): number {
    return this.random.int(min, max);
  }

  get person(): string {
    return `${this.first} ${this.last}`;
  }

  get handle(): string {
    return `${this.first}_${this.last}_${this.serial}`.toLowerCase();
  }

  get email(): string {
    return `${this.first}.${this.last}.${this.serial}@${this.pick(['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'poultryco.in'])}`.toLowerCase();
  }

  /** An Indian mobile number in E.164 form. */
  get phone(): string {
    return `+91${this.int(6, 9)}${String(this.int(0, 999_999_999)).padStart(9, '0')}`;
  }

  get pinCode(): string {
    return `${this.stateInfo.pin}${this.int(10_000, 99_999)}`;
  }

  /** A PAN (AAAAA9999A) and a GSTIN built on it for the row's state. */
  get pan(): string {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const l = () => letters[this.int(0, 25)] as string;
    return `${l()}${l()}${l()}P${l()}${String(this.int(1000, 9999))}${l()}`;
  }

  get gstin(): string {
    return `${this.stateInfo.gst}${this.pan}${this.int(1, 9)}Z${this.pick([...'0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'])}`;
  }

  /** Latitude and longitude inside India. */
  get latitude(): number {
    return this.int(8_000_000, 32_000_000) / 1_000_000;
  }

  get longitude(): number {
    return this.int(68_500_000, 96_000_000) / 1_000_000;
  }
}
