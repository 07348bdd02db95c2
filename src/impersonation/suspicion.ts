import type { Database } from '../platform/db/database';
import type { ProfileAddress } from '../registry/domain/normalise';
import type { Suspicion } from '../registry/domain/verify';
import type { RegistryService } from '../registry/service';
import { LookalikeIndex, type OfficialHandle } from './domain/lookalike';

/** A confirmed fake that is still online, as verify needs it. */
export interface KnownFake {
  caseNumber: number;
  platform: string;
  keys: string[];
  impersonatedProfileId: string | null;
  confirmedOn: string;
}

export interface SuspicionDeps {
  database: Database;
  registry: RegistryService;
  onlineFakes: () => Promise<KnownFake[]>;
  /** The NOTIFY channel on which every change to the cases is announced. */
  fakesChannel: string;
}

// A rebuild shorter than this is awaited, so that an answer always reflects the registry as it is
// now. A longer one (a national registry of 100,000 profiles) is not: until it is done, the
// previous index answers, and a profile added or removed a moment ago may be missing from the
// lookalike checks, never from the registry's own exact answers.
const awaitRebuildUnderMs = 200;
// Without change notifications (a lost LISTEN connection), the lists are read again this often.
const maxAgeWithoutNotificationsMs = 60_000;

const fakeKey = (platform: string, key: string) => `${platform}\n${key}`;

/**
 * Verify's second opinion on an address the registry does not hold (P6): a confirmed fake still
 * online, or a lookalike of an official profile. Both lists are kept in memory and rebuilt after
 * a change, so that a check costs map lookups, not a scan.
 */
export class FakeProfileCheck {
  private index: LookalikeIndex | null = null;
  private indexStale = true;
  private indexBuiltAt = 0;
  private lastBuildMs = 0;
  private building: Promise<LookalikeIndex> | null = null;
  private fakes: Map<string, KnownFake> | null = null;
  private fakesLoadedAt = 0;
  private loadingFakes: Promise<Map<string, KnownFake>> | null = null;
  private fakesGeneration = 0;
  private notified = false;
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(private readonly deps: SuspicionDeps) {
    deps.registry.onChange(() => {
      this.indexStale = true;
    });
  }

  /** Listens for changes to the cases; until then, and after the connection is lost, the list is read per minute. */
  async start(): Promise<void> {
    this.unsubscribe = await this.deps.database.listen(
      this.deps.fakesChannel,
      () => this.fakesChanged(),
      () => {
        this.notified = false;
        this.fakesChanged();
      },
    );
    this.notified = true;
    this.fakesChanged();
    void this.currentIndex().catch(() => {});
  }

  async stop(): Promise<void> {
    this.notified = false;
    await this.building?.catch(() => {});
    await this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Called by the cases' own writes as well, so that this server does not wait for its own NOTIFY. */
  fakesChanged(): void {
    this.fakesGeneration++;
    this.fakes = null;
  }

  readonly check = async (address: ProfileAddress, shownName: string | undefined): Promise<Suspicion | null> => {
    const fakes = await this.currentFakes();
    for (const key of address.keys) {
      const fake = fakes.get(fakeKey(address.platform, key));
      if (fake) {
        return {
          status: 'reported-fake',
          resembles: fake.impersonatedProfileId ? [{ profileId: fake.impersonatedProfileId, reasons: [{ code: 'confirmed-fake' }] }] : [],
          fakeCase: { number: fake.caseNumber, confirmedOn: fake.confirmedOn },
        };
      }
    }
    const index = await this.currentIndex();
    const matches = index.detect({ platform: address.platform, handle: address.handle, displayName: shownName });
    if (matches.length === 0) return null;
    return {
      status: 'suspected-impersonation',
      resembles: matches.map((m) => ({ profileId: m.profileId, reasons: m.reasons as unknown as Suspicion['resembles'][number]['reasons'] })),
      fakeCase: null,
    };
  };

  /** The lookalike index as of the last registry change (see awaitRebuildUnderMs). */
  async currentIndex(): Promise<LookalikeIndex> {
    const expired = !this.notified && Date.now() - this.indexBuiltAt > maxAgeWithoutNotificationsMs;
    if (this.index && !this.indexStale && !expired) return this.index;
    const rebuild = this.rebuild();
    if (this.index && this.lastBuildMs >= awaitRebuildUnderMs) {
      rebuild.catch(() => {});
      return this.index;
    }
    return rebuild;
  }

  private rebuild(): Promise<LookalikeIndex> {
    this.building ??= (async () => {
      try {
        // A change during the read leaves the flag set, so that the next check builds again.
        this.indexStale = false;
        const started = Date.now();
        const rows = await this.deps.registry.allHandles();
        const officials: OfficialHandle[] = rows.map((r) => ({
          profileId: r.id,
          platform: r.platform,
          kind: r.kind,
          handle: r.handle,
          displayName: r.displayName,
        }));
        const index = LookalikeIndex.build(officials);
        this.index = index;
        this.indexBuiltAt = Date.now();
        this.lastBuildMs = this.indexBuiltAt - started;
        return index;
      } catch (error) {
        this.indexStale = true;
        throw error;
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }

  private async currentFakes(): Promise<Map<string, KnownFake>> {
    const expired = !this.notified && Date.now() - this.fakesLoadedAt > maxAgeWithoutNotificationsMs;
    if (this.fakes && !expired) return this.fakes;
    this.loadingFakes ??= (async () => {
      try {
        const generation = this.fakesGeneration;
        const byKey = new Map<string, KnownFake>();
        for (const fake of await this.deps.onlineFakes()) {
          for (const key of fake.keys) byKey.set(fakeKey(fake.platform, key), fake);
        }
        // A change that came in during the read makes this list old before it is used twice.
        if (generation === this.fakesGeneration) {
          this.fakes = byKey;
          this.fakesLoadedAt = Date.now();
        }
        return byKey;
      } finally {
        this.loadingFakes = null;
      }
    })();
    return this.loadingFakes;
  }
}
