import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

async function openStructure(contestId: string) {
  await signInByApi('organizer@demo.ru');
  const view = renderApp(`/organizer/contests/${contestId}/structure`);
  await screen.findByRole('heading', { level: 2, name: 'Категории и номинации' }, { timeout: 5000 });
  return view;
}

function categoryTitles(contestId: string): string[] {
  return getDb()
    .group('categories', 'byContest', contestId)
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((c) => c.title);
}

function nominationTitles(categoryId: string): string[] {
  return getDb()
    .group('nominations', 'byCategory', categoryId)
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((n) => n.title);
}

function categoryRegion(title: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${title}\\s*\\(Категория`) });
}

test('categories and their nominations are shown in order, each with the criteria set it is scored by', async () => {
  await openStructure('c-prize');
  const list = screen.getByRole('list', { name: 'Категории конкурса' });
  const headings = within(list).getAllByRole('heading', { level: 3 });
  expect(headings.map((h) => h.textContent)).toEqual([
    'Личности (Категория 1 из 3)',
    'Организации (Категория 2 из 3)',
    'Территории (Категория 3 из 3)',
  ]);
  const persons = within(categoryRegion('Личности')).getByRole('list', {
    name: 'Номинации категории «Личности»',
  });
  const items = within(persons).getAllByRole('listitem');
  expect(within(items[0] as HTMLElement).getByRole('heading', { level: 4 })).toHaveTextContent(
    'Добрая семья',
  );
  expect(items[0]).toHaveTextContent(/Набор критериев: /);
});

test('an organizer adds a category and a nomination in it scored by one of the contest’s criteria sets', async () => {
  const { user } = await openStructure('c-draft');
  await user.click(screen.getByRole('button', { name: 'Добавить категорию' }));
  const field = screen.getByLabelText('Название новой категории');
  expect(field).toHaveAccessibleDescription(expect.stringContaining('Заполните это поле'));
  expect(field).toHaveFocus();

  await user.type(field, 'Добрые соседи');
  await user.click(screen.getByRole('button', { name: 'Добавить категорию' }));
  await screen.findByRole('heading', { level: 3, name: /^Добрые соседи/ });
  expect(screen.getByText('Категория «Добрые соседи» добавлена.')).toBeInTheDocument();
  expect(field).toHaveValue('');

  await user.click(screen.getByRole('button', { name: 'Добавить номинацию в категорию «Добрые соседи»' }));
  const dialog = screen.getByRole('dialog', { name: 'Новая номинация' });
  expect(within(dialog).getByLabelText('Категория')).toHaveDisplayValue('Добрые соседи');
  await user.type(within(dialog).getByLabelText('Название номинации'), 'Двор, где хочется жить');
  await user.type(within(dialog).getByLabelText('Описание'), 'Благоустройство дворов силами жителей');
  await user.selectOptions(
    within(dialog).getByLabelText('Набор критериев'),
    'Критерии малых грантов (черновик)',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Создать номинацию' }));

  const region = await waitFor(() => categoryRegion('Добрые соседи'));
  expect(await within(region).findByText('Двор, где хочется жить')).toBeInTheDocument();
  expect(within(region).getByText('Набор критериев: Критерии малых грантов (черновик)')).toBeInTheDocument();
  const created = getDb()
    .group('nominations', 'byContest', 'c-draft')
    .find((n) => n.title === 'Двор, где хочется жить');
  expect(created).toMatchObject({
    criteriaSetId: 'cs-draft',
    description: 'Благоустройство дворов силами жителей',
  });
  expect(getDb().get('categories', created?.categoryId ?? '')?.title).toBe('Добрые соседи');
});

test('categories and nominations are reordered with buttons and Alt+arrows, announced and saved', async () => {
  const { user } = await openStructure('c-prize');
  await user.click(screen.getByRole('button', { name: 'Выше: категория «Территории»' }));
  expect(screen.getByText('Категория «Территории» теперь на месте 2 из 3.')).toBeInTheDocument();
  await waitFor(() => expect(categoryTitles('c-prize')).toEqual(['Личности', 'Территории', 'Организации']));
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Выше: категория «Территории»' })).toHaveFocus(),
  );

  screen.getByRole('button', { name: 'Изменить номинацию «Добрая семья»' }).focus();
  await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
  expect(screen.getByText('Номинация «Добрая семья» теперь на месте 2 из 3.')).toBeInTheDocument();
  await waitFor(() =>
    expect(nominationTitles('cat-prize-persons')).toEqual(['Волонтёр года', 'Добрая семья', 'Наставник']),
  );
  const persons = screen.getByRole('list', { name: 'Номинации категории «Личности»' });
  expect(
    within(persons)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent),
  ).toEqual(['Волонтёр года', 'Добрая семья', 'Наставник']);
});

test('a category with nominations cannot be deleted, and the refusal says what to do', async () => {
  const { user } = await openStructure('c-prize');
  await user.click(screen.getByRole('button', { name: 'Удалить категорию «Организации»' }));
  const dialog = screen.getByRole('dialog', { name: 'Удалить категорию?' });
  await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
  expect(
    await within(dialog).findByText(
      'В категории «Организации» есть номинации, поэтому удалить её нельзя. Перенесите номинации в другую категорию или удалите их, затем повторите.',
    ),
  ).toBeInTheDocument();
  expect(categoryTitles('c-prize')).toContain('Организации');
});

test('a nomination with applications cannot be deleted; an empty category can', async () => {
  const { user } = await openStructure('c-grant');
  await user.click(screen.getByRole('button', { name: 'Удалить номинацию «Развитие культуры и искусства»' }));
  const dialog = screen.getByRole('dialog', { name: 'Удалить номинацию?' });
  await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
  expect(
    await within(dialog).findByText(
      /В номинации «Развитие культуры и искусства» есть заявки, поэтому удалить её нельзя/,
    ),
  ).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));

  await user.type(screen.getByLabelText('Название новой категории'), 'Временная');
  await user.click(screen.getByRole('button', { name: 'Добавить категорию' }));
  await user.click(await screen.findByRole('button', { name: 'Удалить категорию «Временная»' }));
  await user.click(
    within(screen.getByRole('dialog', { name: 'Удалить категорию?' })).getByRole('button', {
      name: 'Удалить',
    }),
  );
  expect(await screen.findByText('Категория «Временная» удалена.')).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByRole('heading', { name: /^Временная/ })).not.toBeInTheDocument());
  expect(screen.getByRole('heading', { level: 2, name: 'Категории и номинации' })).toHaveFocus();
});

test('the criteria set of a nomination already scored cannot change, and the edit is kept', async () => {
  const { user } = await openStructure('c-grant');
  await user.click(
    screen.getByRole('button', { name: 'Изменить номинацию «Социальное обслуживание и поддержка граждан»' }),
  );
  const dialog = screen.getByRole('dialog', {
    name: 'Номинация «Социальное обслуживание и поддержка граждан»',
  });
  const title = within(dialog).getByLabelText('Название номинации');
  await user.type(title, ' граждан пожилого возраста');
  const set = within(dialog).getByLabelText('Набор критериев');
  const other = within(set)
    .getAllByRole('option')
    .find((o) => !(o as HTMLOptionElement).selected);
  if (other === undefined) throw new Error('no other criteria choice');
  await user.selectOptions(set, other);
  await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

  expect(await within(dialog).findByText(/поэтому набор критериев сменить нельзя/)).toBeInTheDocument();
  expect(set).toHaveAttribute('aria-invalid', 'true');
  expect(set).toHaveAccessibleDescription(expect.stringContaining('набор критериев сменить нельзя'));
  expect(title).toHaveValue('Социальное обслуживание и поддержка граждан граждан пожилого возраста');
  expect(getDb().get('nominations', 'nom-grant-social')?.title).toBe(
    'Социальное обслуживание и поддержка граждан',
  );
});

test('a nomination moves to another category from its edit dialog', async () => {
  const { user } = await openStructure('c-prize');
  await user.click(screen.getByRole('button', { name: 'Изменить номинацию «Наставник»' }));
  const dialog = screen.getByRole('dialog', { name: 'Номинация «Наставник»' });
  await user.selectOptions(within(dialog).getByLabelText('Категория'), 'Организации');
  await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

  const organizations = screen.getByRole('list', { name: 'Номинации категории «Организации»' });
  expect(await within(organizations).findByText('Наставник')).toBeInTheDocument();
  expect(getDb().get('nominations', 'nom-prize-mentor')?.categoryId).toBe('cat-prize-organizations');
  expect(nominationTitles('cat-prize-organizations').at(-1)).toBe('Наставник');
});
