/** A federation stub: the gateway fetches the other fields from the owning subgraph. */
export const ref = <T extends { id: string }>(id: string | null | undefined): T | null => (id ? ({ id } as T) : null);
export const refs = <T extends { id: string }>(ids: string[]): T[] => ids.map((id) => ({ id }) as T);
