import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { aProtocol, aWarning } from '../../testing/therapistFixtures.ts';
import { attachFindings, fromProtocol } from './editorItems.ts';
import { ItemEditor } from './ItemEditor.tsx';

const [stretch] = fromProtocol(aProtocol());
const noop = () => undefined;

describe('one item in the plan editor', () => {
  it("shows the service's warning under the field it names and links it to the input", () => {
    const findings = attachFindings(
      [stretch!.key],
      [aWarning({ field: 'items[0].dosage.holdSeconds' })],
      [],
      'IMPOSSIBLE',
    );
    render(
      <ol>
        <ItemEditor
          item={stretch!}
          index={0}
          count={1}
          findings={findings.byItem[stretch!.key] ?? []}
          disabled={false}
          loadReason=""
          onLoadReason={() => undefined}
          onChange={noop}
          onMove={noop}
          onRemove={noop}
        />
      </ol>,
    );
    const hold = screen.getByLabelText('Hold (seconds)') as HTMLInputElement;
    expect(hold.value).toBe('30');
    const message = document.getElementById(hold.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe(
      'Warning: Hold (seconds): static stretches are usually held 30-60 s; this is 25 s',
    );
    expect(hold.getAttribute('aria-invalid')).toBeNull();
  });

  it('marks a field with a hard error as invalid', () => {
    const findings = attachFindings(
      [stretch!.key],
      [],
      [{ field: 'items[0].dosage.sets', message: 'must be between 1 and 10' }],
      'IMPOSSIBLE',
    );
    render(
      <ol>
        <ItemEditor
          item={stretch!}
          index={0}
          count={1}
          findings={findings.byItem[stretch!.key] ?? []}
          disabled={false}
          loadReason=""
          onLoadReason={() => undefined}
          onChange={noop}
          onMove={noop}
          onRemove={noop}
        />
      </ol>,
    );
    expect(screen.getByLabelText('Sets').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Error: Sets: must be between 1 and 10')).toBeTruthy();
  });

  it('offers move buttons by keyboard, disabled at the ends of the list', () => {
    const onMove = vi.fn();
    render(
      <ol>
        <ItemEditor
          item={stretch!}
          index={0}
          count={2}
          findings={[]}
          disabled={false}
          loadReason=""
          onLoadReason={() => undefined}
          onChange={noop}
          onMove={onMove}
          onRemove={noop}
        />
      </ol>,
    );
    expect((screen.getByRole('button', { name: /Move up\W+Hamstring stretch/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: /Move down\W+Hamstring stretch/ }));
    expect(onMove).toHaveBeenCalledWith(1);
  });

  it('sends a cleared number field as no value, not as zero', () => {
    const onChange = vi.fn();
    render(
      <ol>
        <ItemEditor
          item={stretch!}
          index={0}
          count={1}
          findings={[]}
          disabled={false}
          loadReason=""
          onLoadReason={() => undefined}
          onChange={onChange}
          onMove={noop}
          onRemove={noop}
        />
      </ol>,
    );
    fireEvent.input(screen.getByLabelText('Hold (seconds)'), { target: { value: '' } });
    expect(onChange.mock.calls[0]![0].dosage.holdSeconds).toBeNull();
    fireEvent.input(screen.getByLabelText('Hold (seconds)'), { target: { value: '45' } });
    expect(onChange.mock.calls[1]![0].dosage.holdSeconds).toBe(45);
  });
});
