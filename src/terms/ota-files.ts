import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { otaPlatformOf, type OtaFile } from './domain/open-terms-archive';

// Reading an Open Terms Archive dataset for TermsService.importOpenTermsArchive: the weekly
// release zip as downloaded, or the folder it unpacks to. Only the Markdown files of services the
// registry knows are read; the dataset holds hundreds of others.

/** Whether a path inside the dataset is a version of a service the registry knows. */
function wanted(path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 3 && parts[parts.length - 1]!.toLowerCase().endsWith('.md') && otaPlatformOf(parts[parts.length - 3]!) !== null;
}

/** The dataset as a zip file or an unpacked folder. */
export async function readOpenTermsArchive(path: string): Promise<OtaFile[]> {
  const info = await stat(path);
  return info.isDirectory() ? readOpenTermsArchiveFolder(path) : readOpenTermsArchiveZip(await readFile(path));
}

/** An unpacked dataset: `<dir>/<Service>/<Terms type>/<timestamp>.md`, possibly one folder deeper. */
export async function readOpenTermsArchiveFolder(dir: string): Promise<OtaFile[]> {
  const files: OtaFile[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory() && depth < 4) await walk(full, depth + 1);
      else if (entry.isFile()) {
        const path = relative(dir, full).split(sep).join('/');
        if (wanted(path)) files.push({ path, content: await readFile(full, 'utf8') });
      }
    }
  }
  await walk(dir, 0);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(`not a readable zip file: ${message}`);
    this.name = 'ZipFormatError';
  }
}

const u16 = (b: Buffer, at: number) => b.readUInt16LE(at);
const u32 = (b: Buffer, at: number) => b.readUInt32LE(at);
const u64 = (b: Buffer, at: number) => {
  const value = b.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('size out of range');
  return Number(value);
};

/**
 * The dataset's zip, read with Node's zlib: stored and deflated entries, ZIP64 for large
 * releases. Encrypted entries and other compression methods are refused.
 */
export function readOpenTermsArchiveZip(zip: Buffer): OtaFile[] {
  // The end of central directory record: 22 bytes and a comment of up to 65535.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(zip, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no end of central directory');
  let count = u16(zip, end + 10);
  let offset = u32(zip, end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(zip, locator) !== 0x07064b50) throw new ZipFormatError('no ZIP64 locator');
    const record = u64(zip, locator + 8);
    if (u32(zip, record) !== 0x06064b50) throw new ZipFormatError('no ZIP64 end record');
    count = u64(zip, record + 32);
    offset = u64(zip, record + 48);
  }

  const files: OtaFile[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(zip, at) !== 0x02014b50) throw new ZipFormatError(`entry ${i} is not in the central directory`);
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    let compressedSize = u32(zip, at + 20);
    let size = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    let localOffset = u32(zip, at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    // ZIP64 sizes and offset, in this order, for each field that is at its maximum.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(zip, extra);
      const length = u16(zip, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) (size = u64(zip, field)), (field += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(zip, field)), (field += 8);
        if (localOffset === 0xffffffff) localOffset = u64(zip, field);
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;

    const path = name.replace(/\\/g, '/');
    if (name.endsWith('/') || !wanted(path)) continue;
    if (flags & 0x1) throw new ZipFormatError(`${name} is encrypted`);
    if (u32(zip, localOffset) !== 0x04034b50) throw new ZipFormatError(`${name} has no local header`);
    const dataStart = localOffset + 30 + u16(zip, localOffset + 26) + u16(zip, localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) content = inflateRawSync(data);
    else throw new ZipFormatError(`${name} uses compression method ${method}`);
    if (content.length !== size) throw new ZipFormatError(`${name} is damaged`);
    files.push({ path, content: content.toString('utf8') });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
