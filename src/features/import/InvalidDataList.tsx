import type { Problem } from '../../domain/validate';
import { problemWords } from '../../i18n/problem-words';
import { useWords } from '../../i18n/words';

/** Every problem of an invalid data file with where it is, so staff can fix the file. */
export function InvalidDataList({ problems }: { problems: Problem[] }) {
  const t = useWords(problemWords);
  return (
    <>
      <p>{t.invalidIntro(problems.length)}</p>
      <ol className="problem-list">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${problem.code}-${index}`}>
            <code>{problem.path || t.wholeFile}</code>: {t.problem[problem.code]}
            {problem.detail ? ` ${t.problemDetail(problem.detail)}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
