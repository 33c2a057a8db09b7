/** Where a question's attachment is downloaded (app/files/question-attachments/[id]/route.ts). */
export function questionAttachmentHref(questionId: string): string {
  return `/files/question-attachments/${encodeURIComponent(questionId)}`;
}
