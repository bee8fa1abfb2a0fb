import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISHED_VIEWS, TABLE_OWNERS } from './table-owners';

const SRC = join(__dirname, '..');

/** Where another feature's tables may be named: the schema itself, backup/restore, benches, tests. */
function isExempt(path: string): boolean {
  return (
    path.endsWith('.spec.ts') ||
    path.endsWith('.d.ts') ||
    path.startsWith(`migrations${sep}`) ||
    path.startsWith(`bench${sep}`) ||
    path === join('cli', 'backup.ts')
  );
}

/** The text of every string literal and template in a file (a template's `${…}` parts become `?`). */
export function stringsIn(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push([node.head.text, ...node.templateSpans.map((span) => `? ${span.literal.text}`)].join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A whole statement (not a fragment or an English sentence). */
export function isSqlStatement(text: string): boolean {
  return /\b(select\b[\s\S]*\bfrom\b|insert\s+into\b|delete\s+from\b|update\s+"?\w+"?\s+(\w+\s+)?set\b)/i.test(text);
}

const KNOWN: Record<string, string> = { ...TABLE_OWNERS, ...PUBLISHED_VIEWS };

/**
 * Tables and views a piece of SQL names after from / join / into / update / table, including
 * comma lists (`from article a, q`). Only names in TABLE_OWNERS or PUBLISHED_VIEWS count.
 */
export function relationsNamed(sql: string): string[] {
  const names = new Set<string>();
  const keyword = /\b(from|join|into|update|table)\s+/gi;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(sql)) !== null) {
    let rest = sql.slice(keyword.lastIndex);
    for (;;) {
      const item =
        /^"?([a-z_][a-z0-9_]*)"?(\s+(?:as\s+)?(?!where\b|on\b|join\b|left\b|inner\b|full\b|group\b|order\b|limit\b|set\b)[a-z_][a-z0-9_]*)?/i.exec(
          rest,
        );
      if (!item) break;
      if (item[1].toLowerCase() in KNOWN) names.add(item[1].toLowerCase());
      rest = rest.slice(item[0].length);
      const comma = /^\s*,\s*/.exec(rest);
      if (!comma || match[1].toLowerCase() !== 'from') break;
      rest = rest.slice(comma[0].length);
    }
  }
  return [...names];
}

/** Tables of another feature that this feature's SQL names; published views are open to all. */
export function foreignTables(feature: string, sql: string): string[] {
  return relationsNamed(sql).filter(
    (name) => name in TABLE_OWNERS && TABLE_OWNERS[name as keyof typeof TABLE_OWNERS] !== feature,
  );
}

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every SQL string under `root` (a backend/src tree) that breaks ownership, as "file: problem". */
export function ownershipProblems(root: string): string[] {
  const problems: string[] = [];
  for (const path of sourceFiles(root)) {
    if (isExempt(path)) continue;
    const feature = path.includes(sep) ? path.split(sep)[0] : '';
    for (const text of stringsIn(readFileSync(join(root, path), 'utf8'))) {
      for (const table of foreignTables(feature, text)) {
        problems.push(`${path}: names ${TABLE_OWNERS[table as keyof typeof TABLE_OWNERS]}'s table ${table}`);
      }
      if (isSqlStatement(text) && !path.endsWith('.repository.ts')) {
        problems.push(`${path}: holds a SQL statement outside a repository: ${text.slice(0, 60).trim()}…`);
      }
    }
  }
  return problems;
}

describe('table ownership', () => {
  describe('relationsNamed and foreignTables', () => {
    it('finds tables after from, join, into, update and in from-lists, and ignores columns and prose', () => {
      expect(
        relationsNamed(
          `select p.id, r.rule from post p left join removal_archive r on r.post_id = p.id, thread t where p.thread_id = ?`,
        ).sort(),
      ).toEqual(['post', 'removal_archive']);
      expect(relationsNamed('select 1 from article a, q, page g where a.published').sort()).toEqual([
        'article',
        'page',
      ]);
      expect(relationsNamed('insert into "flag" (id) values (?)')).toEqual(['flag']);
      expect(relationsNamed('update thread set post_count = 0')).toEqual(['thread']);
      expect(relationsNamed('select campaign, post_id, session_id from visit_count')).toEqual(['visit_count']);
      expect(relationsNamed('Too many wrong codes were tried from here.')).toEqual([]);
    });

    it("flags another feature's table and lets the owner and published views through", () => {
      expect(foreignTables('forum', 'select * from post p join removal_archive r on r.post_id = p.id')).toEqual([
        'removal_archive',
      ]);
      expect(foreignTables('account-data', 'delete from session where account_id = ?')).toEqual(['session']);
      expect(foreignTables('moderation', 'select count(*) from open_flag f join forum_post_context p on true')).toEqual(
        [],
      );
      expect(
        foreignTables('forum', 'select * from post p left join member_alias a on a.account_id = p.author_id'),
      ).toEqual([]);
    });

    it('tells a statement from a fragment or a sentence', () => {
      expect(isSqlStatement('select id from post where author_id = ?')).toBe(true);
      expect(isSqlStatement('update thread t set post_count = 0')).toBe(true);
      expect(isSqlStatement("to_char(created_at at time zone 'UTC', 'YYYY')")).toBe(false);
      expect(isSqlStatement('Choose the rule the post breaks')).toBe(false);
    });
  });

  describe('a source tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'table-owners-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('fails on a service that joins another feature, passes when the SQL moves to a repository on its own tables', () => {
      mkdirSync(join(root, 'forum'), { recursive: true });
      mkdirSync(join(root, 'migrations'), { recursive: true });
      writeFileSync(
        join(root, 'forum', 'forum.service.ts'),
        "const q = `select p.id from post p left join removal_archive r on r.post_id = p.id where p.thread_id = ${'?'}`;\n",
      );
      writeFileSync(
        join(root, 'migrations', 'Migration1.ts'),
        "const up = 'update removal_archive set note = null';\n",
      );
      expect(ownershipProblems(root)).toEqual([
        `${join('forum', 'forum.service.ts')}: names moderation's table removal_archive`,
        expect.stringMatching(
          /^forum.forum\.service\.ts: holds a SQL statement outside a repository: select p\.id from post/,
        ),
      ]);
      rmSync(join(root, 'forum', 'forum.service.ts'));
      writeFileSync(
        join(root, 'forum', 'forum.repository.ts'),
        "const q = 'select p.id from post p left join post_removal_notice r on r.post_id = p.id';\n",
      );
      expect(ownershipProblems(root)).toEqual([]);
    });
  });

  it("no SQL string in backend/src names another feature's table, and statements live in repositories", () => {
    // The scan reads real files: the forum's repository alone holds many statements on its tables.
    const forumSql = stringsIn(readFileSync(join(SRC, 'forum', 'forum.repository.ts'), 'utf8')).filter(isSqlStatement);
    expect(forumSql.length).toBeGreaterThan(20);
    expect(forumSql.flatMap((sql) => relationsNamed(sql))).toContain('post');
    expect(ownershipProblems(SRC)).toEqual([]);
  });

  it('lists every entity table once, with the feature folder that holds its entity', () => {
    const declared = new Map<string, string>();
    for (const path of sourceFiles(SRC).filter((file) => file.endsWith('.entity.ts'))) {
      for (const match of readFileSync(join(SRC, path), 'utf8').matchAll(/tableName:\s*'([a-z_]+)'/g)) {
        declared.set(match[1], path.split(sep)[0]);
      }
    }
    expect(Object.fromEntries([...declared].sort())).toEqual(Object.fromEntries(Object.entries(TABLE_OWNERS).sort()));
  });

  it('creates every published view in a migration, owned by a feature that owns tables', () => {
    const migrations = sourceFiles(join(SRC, 'migrations'))
      .map((file) => readFileSync(join(SRC, 'migrations', file), 'utf8'))
      .join('\n');
    const features = new Set(Object.values(TABLE_OWNERS));
    for (const [view, owner] of Object.entries(PUBLISHED_VIEWS)) {
      expect(migrations, view).toContain(`create view "${view}"`);
      expect(features.has(owner), `${view} owner ${owner}`).toBe(true);
    }
  });
});
