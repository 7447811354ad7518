// Types of scripts/fhir-server.mjs, for vite.config.ts and the benchmarks.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FhirServerOptions {
  bundles?: object[];
  gatewayDir?: string | false;
  everything?: boolean;
  token?: string;
  authorize?: (token: string) => boolean | Promise<boolean>;
  defaultPageSize?: number;
  port?: number;
  host?: string;
  /** SMART App Launch: an authorization server at /oauth, the same data at /smart/fhir behind its tokens. */
  smart?: { clients?: { id?: string; redirectUris: string[]; scopes?: string[] }[]; origin?: string };
  publicHost?: string;
}
export interface GatewaySeed {
  file: string;
  status: number;
  failed: string[];
}
export function createFhirHandler(o?: FhirServerOptions): Promise<{ handle(req: IncomingMessage, res: ServerResponse): void; handles(path: string): boolean; repo: unknown; gateway: GatewaySeed[] }>;
export function startFhirServer(o?: FhirServerOptions): Promise<{ url: string; smartUrl?: string; port: number; repo: unknown; gateway: GatewaySeed[]; close(): Promise<void> }>;
export const SMART_BASE: string;
export function startFhirProxy(o: { target: string; rules?: object[] }): Promise<{ url: string; hits: number[]; close(): Promise<void> }>;
export const DEFAULT_GATEWAY_DIR: string;
/** The demo's sample patient (`npm start`, the task tests' fresh servers): `generateFhir` options. */
export const DEMO_SAMPLE: Readonly<{ seed: number; events: number }>;
/** The demo server's bundles: the sample patient's record, then their family's (the minor child's, the delegator's). */
export function demoBundles(generator: {
  SAMPLE_NOW: number;
  generateFhir(o: { seed: number; events: number; now: number }): { entry: { resource: { resourceType: string; id: string } }[] };
  generateFamilyFhir(o: { seed: number; events: number; now: number }): object[];
}): { entry: { resource: { resourceType: string; id: string } }[] }[];
export const DEFAULT_PAGE_SIZE: number;
export const MAX_PAGE_SIZE: number;
export function indexDefinitions(): void;
