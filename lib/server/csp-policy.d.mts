export function contentSecurityPolicy(options?: { dev?: boolean }): string;
