export interface ManifestCheck {
  readonly name: string;
  readonly ok: boolean;
  /** Why the check failed; empty when it passed. */
  readonly detail: string;
}

export interface ManifestCheckOptions {
  /** The folder the manifest's icons must exist in. */
  readonly assetsDir: string;
  /** "source": manifest.xml with placeholder addresses; "built": dist/manifest.xml. */
  readonly expect?: "source" | "built";
  /** For a built manifest: the address every URL must start with. */
  readonly addinUrl?: string;
}

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestCheck[];
export function checkManifestFile(file: string, options: ManifestCheckOptions): ManifestCheck[];
export const NAMESPACE: string;
export const TASKPANE_PAGE: string;
