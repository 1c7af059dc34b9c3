import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WithName } from '../../src/components/WithName';

describe('a name from a file inside the interface’s words', () => {
  it.each([
    ['a plain name', 'bao-cao.csv'],
    ['a right-to-left override', '\u202Ecsv.oac-oab'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['an empty name', ''],
  ])('%s stands isolated in a <bdi>, the words around it whole', (_case, name) => {
    const { container } = render(
      <p>
        <WithName
          words={(file) => `Đang hiển thị dữ liệu nhập từ tệp “${file}” lúc 05/12/2026.`}
          name={name}
        />
      </p>,
    );
    const bdi = container.querySelectorAll('bdi');
    expect(bdi).toHaveLength(1);
    expect(bdi[0]?.textContent).toBe(name);
    expect(container.textContent).toBe(
      `Đang hiển thị dữ liệu nhập từ tệp “${name}” lúc 05/12/2026.`,
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('places the name wherever the language puts it', () => {
    const { container } = render(<WithName words={(file) => `Opened “${file}”.`} name="a.json" />);
    expect(container.innerHTML).toBe('Opened “<bdi class="user-name">a.json</bdi>”.');
  });
});
