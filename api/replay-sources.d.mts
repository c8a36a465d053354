/** The real sources' addresses as the offline replay answers them (api/replay-sources.mjs). */
export declare const REPLAYED_SOURCES: { annuaire: string; education: string; openagenda: string; rco: string; geo: string };
