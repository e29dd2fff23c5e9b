/** The save state every tool shows, the one saved-time format, and file downloads. */
import type { Stored } from './stored';
import { when } from '../../lib/dates';
import { WHY as why } from './failure-words';

export function download(name: string, text: string, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A saved time in the site's one format. */
export const When = ({ at }: { at: number }) => {
  const w = when(at);
  return <time dateTime={w.iso}>{w.text}</time>;
};

/**
 * The save state every tool shows the same way: saved (with when), saving, not saved (why, and
 * what to do), storage full; and any stored copy that had to be set aside.
 */
export function SaveStatus({
  stored,
  name,
  idle = 'Nothing saved yet. Changes are saved in this browser as you go.',
}: {
  stored: Pick<Stored<unknown>, 'save' | 'kept' | 'upgraded'>;
  name: string;
  /** What the line says before anything is saved: how this tool saves. */
  idle?: string;
}) {
  const { save, kept, upgraded } = stored;
  return (
    <div class="tool-status">
      <p class="save-status" data-state={save.state} role="status">
        {save.state === 'saved' ? (
          <>
            Saved <When at={save.at} />
          </>
        ) : save.state === 'saving' ? (
          'Saving…'
        ) : save.state === 'opening' ? (
          'Opening what this browser saved…'
        ) : save.state === 'not-saved' ? (
          `Not saved in this browser: ${why[save.why === 'full' ? 'unavailable' : save.why]}. Export to keep a copy.`
        ) : save.state === 'full' ? (
          'Storage is full: not saved in this browser. Export to keep a copy, then clear old saved data.'
        ) : (
          idle
        )}
      </p>
      {kept && (
        <p class="notice">
          {kept.reason === 'newer-version'
            ? 'A newer version of this site saved data here, so this page leaves it as it is and starts from a blank copy.'
            : kept.reason === 'migration-failed'
              ? 'Saved data from an earlier version could not be moved into engagements. It is kept in this browser exactly as it was, set aside, and the tool started fresh.'
              : 'Saved data for this tool could not be read, so it was set aside and the tool started fresh.'}{' '}
          <button type="button" onClick={() => download(`${name}-kept-copy.txt`, kept.raw, 'text/plain')}>
            Download the kept copy
          </button>
        </p>
      )}
      {upgraded && (
        <p class="notice">
          What this tool saved before engagements existed now belongs to engagements: each named record to the
          engagement of its name, anything unnamed to “My engagement”. The earlier copy is kept in this browser,
          untouched.{' '}
          <button type="button" onClick={() => download(`${name}-earlier-copy.txt`, upgraded.raw, 'text/plain')}>
            Download the earlier copy
          </button>
        </p>
      )}
    </div>
  );
}
