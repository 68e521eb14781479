export declare function isDemoMode(e?: Record<string, string | undefined>): boolean;
