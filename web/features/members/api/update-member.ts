import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Member, UpdateMemberInput } from "#shared/contracts/members.ts";
import { api, call } from "#web/api-client.ts";

export function updateMember(id: string, input: UpdateMemberInput): Promise<Member> {
  return call(api.PATCH("/api/v1/members/{id}", { params: { path: { id } }, body: input }));
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateMemberInput }) => updateMember(id, input),
    // Also on a 409: the list shows a stale version, so fetch the current one. The
    // session too, in case admins changed their own roles (the navigation follows them).
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ["members"] }), queryClient.invalidateQueries({ queryKey: ["session"] })]),
  });
}
