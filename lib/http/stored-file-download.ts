import { DomainError } from "@/lib/domain/errors";
import { openStoredFile } from "@/lib/storage/file-storage";
import { fileDownloadHeaders } from "./file-download";

interface DownloadableFile {
  storageKey: string;
  originalName: string;
  contentType: string;
}

/**
 * A stored file as a download under its original name, once `load` (a use case that decides
 * who may have it) has returned it; any refusal is a plain 404, so that an id reveals nothing.
 */
export async function storedFileDownload(load: () => Promise<DownloadableFile>): Promise<Response> {
  try {
    const file = await load();
    const { stream, sizeBytes } = await openStoredFile(file.storageKey);
    return new Response(stream, { headers: fileDownloadHeaders({ ...file, sizeBytes }) });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
