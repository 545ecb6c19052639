import { Button } from 'react-aria-components';
import { localToday } from '../persons/api';
import { useCareAction } from './useCareAction';

type Item = { id: string; version: number; doneOn: string | null };

/**
 * The items of a plan not done yet (an institution's milestones, a child's transition steps), each marked done
 * today with one button. The status line stays when the last one is marked, to say so.
 */
export function DoneToday<T extends Item>({
  items,
  label,
  mark,
  done,
}: {
  items: T[];
  label: (item: T) => string;
  mark: (id: string, body: { doneOn: string; version: number }) => Promise<unknown>;
  done: string;
}) {
  const action = useCareAction(
    ({ id, version }: { id: string; version: number }) => mark(id, { doneOn: localToday(), version }),
    done,
  );
  const open = items.filter((item) => !item.doneOn);
  return (
    <>
      <p role="status" className="status">
        {action.message}
      </p>
      {open.length > 0 && (
        <ul className="actions">
          {open.map((item) => (
            <li key={item.id}>
              <Button
                className="button"
                isPending={action.mutation.isPending}
                onPress={() => action.mutation.mutate({ id: item.id, version: item.version })}
              >
                {label(item)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
