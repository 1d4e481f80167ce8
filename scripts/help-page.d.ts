export function renderHelpPage(markdown: string, options: { csp: string }): string;
export function slug(text: string): string;
