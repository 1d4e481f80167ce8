/** Where the task pane is running, as the Home view explains it to the user. */
export type Runtime =
  | { readonly kind: "excel"; readonly platform: string }
  | { readonly kind: "office-page-outside-excel" }
  | { readonly kind: "preview" };
