import { gql, type TypedDocumentNode } from "@apollo/client";

export interface Speaker { id: string; name: string; title: string | null; kind: string }

export const SPEAKER: TypedDocumentNode<{ speaker: Speaker | null }, { id: string }> = gql`
  query SpeakerPage($id: ID!) { speaker(id: $id) { id name title kind } }
`;
