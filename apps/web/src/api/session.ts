import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { SessionUser } from "@sm/domain/web";
import { sessionQuery } from "./queries";

/** The signed-in person (null when anonymous or while the session is unknown). */
export function useSession() {
  const query = useQuery(sessionQuery());
  return {
    user: query.data?.user ?? null,
    // A failed session request (API down) counts as anonymous; the pages show their own errors.
    isLoading: query.isPending,
  };
}

/**
 * After sign-in or sign-out every cached answer may be wrong: internal fields appear or must
 * disappear. Reset drops the cached data (so nothing internal stays on screen) and refetches
 * what is shown.
 */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return (user: SessionUser | null) => {
    queryClient.setQueryData(sessionQuery().queryKey, { user });
    void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== "session" });
  };
}
