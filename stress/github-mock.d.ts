/** Types for the JS stress helpers, so TypeScript tests can import them. */
export declare const ONLY_PLANS: string;
export interface GitHubMock {
  /** Requests answered, by kind (token, config, permission, files, tarball, checkCreate, ...). */
  calls: Map<string, number>;
  /** Comments per PR ("owner/repo#12"). */
  comments: Map<string, { id: number; body: string }[]>;
  /** Check runs created, with their output. */
  checkRuns: { name: string; conclusion?: string; title?: string }[];
  stop(): void;
}
export declare function mockGitHub(options?: {
  delayMs?: number;
  config?: string;
  files?: (repo: string, pr: number) => unknown[];
  tarball?: (repo: string, pr: number) => Buffer;
}): GitHubMock;
