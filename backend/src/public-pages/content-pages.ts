import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  PHONE_HOURS_ID,
  phoneStatus,
  sortTopics,
  START_PAGE_ID,
  type ArticleDto,
  type ForumRuleDto,
  type NewsLinkDto,
  type PageDto,
  type PhoneLineDto,
  type PressMentionDto,
  type QaDto,
  type ResourceDto,
  type StartPageDto,
  type SyncEntity,
} from '@sexhandel/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SyncRepository } from '../sync/sync.repository';
import { contactView } from './contact-views';
import * as content from './content-views';
import { authorRoleNb, DEFAULT_DESCRIPTION, osloDay } from './nb-text';
import { page, summarise, type PublicPage } from './public-page';
import { byDateDesc, rowOf, uniqueChanges, type Row } from './published-rows';

/** The longest topic (`/artikler?tema=…`) looked up; tags are single words or short phrases. */
const TOPIC_MAX = 60;

/** Articles per page of `/artikler?side=N`. */
export const ARTICLES_PER_PAGE = 20;

/** Slugs are made by the editor tools from lower-case words and digits. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** The content pages, from the published rows exactly as devices pull them (sync_change). */
@Injectable()
export class ContentPages {
  /** The clock the phone box's status is worked out by (on `/` and `/kontakt`); tests set it. */
  now: () => Date = () => new Date();

  constructor(
    private readonly sync: SyncRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async published<T>(entity: SyncEntity): Promise<Row<T>[]> {
    return (await this.sync.listPublished(entity)).map((row) => rowOf<T>(row));
  }

  private async one<T>(entity: SyncEntity, field: 'slug' | 'id', value: string): Promise<Row<T> | null> {
    const row = await this.sync.findPublished(entity, field, value);
    return row ? rowOf<T>(row) : null;
  }

  async render(path: string, query: URLSearchParams): Promise<PublicPage | null> {
    const segments = path.split('/').slice(1);
    const [section, slug, ...rest] = segments;
    if (rest.length > 0) return null;
    if (slug !== undefined) {
      if (!SLUG.test(slug)) return null;
      if (section === 'info') return this.infoPage(slug);
      if (section === 'artikler') return this.articlePage(slug);
      return null;
    }
    switch (`/${section}`) {
      case '/':
        return this.startPage();
      case '/info':
        return this.infoIndex();
      case '/artikler':
        return this.articleList(query.get('side'), query.get('tema'));
      case '/nyheter':
        return this.simple(
          'newsLink',
          '/nyheter',
          'Nyheter',
          'Et daglig utvalg av nyheter om prostitusjon, kjøp av sex og menneskehandel.',
          (rows: Row<NewsLinkDto>[]) => content.newsView(rows.sort(byDateDesc('date')).map((row) => row.data)),
        );
      case '/ressurser':
        return this.simple(
          'resource',
          '/ressurser',
          'Ressurser',
          'Hjelpetjenester, organisasjoner og litteratur om kjøp av sex, prostitusjon og menneskehandel.',
          (rows: Row<ResourceDto>[]) => content.resourcesView(rows.map((row) => row.data)),
        );
      case '/regler':
        return this.simple(
          'forumRule',
          '/regler',
          'Forumregler',
          'De seks reglene for forumet, og hvordan moderatorene bruker dem.',
          (rows: Row<ForumRuleDto>[]) =>
            content.rulesView(rows.map((row) => row.data).sort((a, b) => a.number - b.number)),
        );
      case '/sporsmal-og-svar':
        return this.qaPage();
      case '/kontakt':
        return this.contactPage();
      case '/media':
        return this.simple(
          'pressMention',
          '/media',
          'Tjenesten i mediene',
          'Omtale av tjenesten i aviser, radio og TV.',
          (rows: Row<PressMentionDto>[]) => content.mediaView(rows.sort(byDateDesc('date')).map((row) => row.data)),
        );
      default:
        return null;
    }
  }

  private async simple<T>(
    entity: SyncEntity,
    path: string,
    title: string,
    description: string,
    view: (rows: Row<T>[]) => ReturnType<typeof content.newsView>,
  ): Promise<PublicPage> {
    const rows = await this.published<T>(entity);
    return page({ title, description, canonicalPath: path, main: view(rows), changes: rows.map((row) => row.change) });
  }

  private async startPage(): Promise<PublicPage> {
    const [articles, pages, news, starts, phone] = await Promise.all([
      this.sync.pagePublished('article', 'publishedAt', 4, 0),
      this.published<PageDto>('page'),
      this.published<NewsLinkDto>('newsLink'),
      this.published<StartPageDto>('startPage'),
      this.phoneLine(),
    ]);
    const articleRows = articles.rows.map((row) => rowOf<ArticleDto>(row));
    const startPage = starts.find((row) => row.data.id === START_PAGE_ID) ?? null;
    const featuredId = startPage?.data.featuredArticleId ?? null;
    const featured =
      (featuredId &&
        (articleRows.find((row) => row.data.id === featuredId) ??
          (await this.one<ArticleDto>('article', 'id', featuredId)))) ||
      null;
    news.sort(byDateDesc('date'));
    const todayNews = news.find((row) => row.data.id === startPage?.data.todayNewsLinkId) ?? null;
    const shownNews = todayNews ?? news[0] ?? null;
    const sortedPages = pages.sort((a, b) => a.data.position - b.data.position);
    const shown = [
      ...articleRows,
      ...(featured ? [featured] : []),
      ...sortedPages,
      ...(shownNews ? [shownNews] : []),
      ...(startPage ? [startPage] : []),
      ...(phone ? [phone] : []),
    ];
    return page({
      title: 'Forside',
      description: DEFAULT_DESCRIPTION,
      canonicalPath: '/',
      main: content.startView({
        articles: articleRows.map((row) => row.data),
        pages: sortedPages.map((row) => row.data),
        news: shownNews?.data ?? null,
        todayNews: todayNews !== null,
        featured: featured ? featured.data : null,
        startPage: startPage?.data ?? null,
        phone: phone?.data ?? null,
        now: this.now(),
      }),
      changes: uniqueChanges(shown.map((row) => row.change)),
    });
  }

  private async infoIndex(): Promise<PublicPage> {
    const pages = (await this.published<PageDto>('page')).sort((a, b) => a.data.position - b.data.position);
    return page({
      title: 'Informasjon',
      description:
        'Fakta om kjøp av sex, prostitusjon og menneskehandel: loven, situasjonen i Norge og hvor du finner hjelp.',
      canonicalPath: '/info',
      main: content.pageIndexView(pages.map((row) => row.data)),
      changes: pages.map((row) => row.change),
    });
  }

  private async infoPage(slug: string): Promise<PublicPage | null> {
    const found = await this.one<PageDto>('page', 'slug', slug);
    if (!found) return null;
    return page({
      title: found.data.title,
      description: summarise(found.data.lead || found.data.html),
      canonicalPath: `/info/${slug}`,
      main: content.pageView(found.data),
      changes: [found.change],
    });
  }

  /** `/artikler`, a page of it (`side`), and the articles on one topic (`tema`, as the app's filter). */
  private async articleList(side: string | null, tema: string | null): Promise<PublicPage | null> {
    const number = side === null ? 1 : /^[1-9]\d{0,5}$/.test(side) ? Number(side) : NaN;
    if (!Number.isInteger(number)) return null;
    // A topic is one of the articles' tags: short text without control characters, else no such page.
    if (tema !== null && (tema.length < 1 || tema.length > TOPIC_MAX || /\p{Cc}/u.test(tema))) return null;
    const [{ rows, total }, topics] = await Promise.all([
      this.sync.pagePublished('article', 'publishedAt', ARTICLES_PER_PAGE, (number - 1) * ARTICLES_PER_PAGE, tema),
      this.sync.publishedArticleTags(),
    ]);
    if (tema !== null && total === 0) return null;
    const pages = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
    if (number > pages) return null;
    const articles = rows.map((row) => rowOf<ArticleDto>(row));
    const topic = tema === null ? '' : ` om «${tema}»`;
    return page({
      title: number === 1 ? `Artikler${topic}` : `Artikler${topic} – side ${number}`,
      description: 'Fagartikler og gjesteinnlegg om kjøp av sex, prostitusjon og menneskehandel.',
      canonicalPath: content.articleListHref(tema, number),
      main: content.articleListView(
        articles.map((row) => row.data),
        { page: number, pages, total, topic: tema, topics },
      ),
      changes: articles.map((row) => row.change),
      articleTopics: sortTopics(topics),
      articleCount: { topic: tema, total },
    });
  }

  private async articlePage(slug: string): Promise<PublicPage | null> {
    const found = await this.one<ArticleDto>('article', 'slug', slug);
    if (!found) return null;
    const all = (await this.published<ArticleDto>('article')).sort(byDateDesc('publishedAt'));
    const index = all.findIndex((row) => row.data.id === found.data.id);
    const newer = index > 0 ? all[index - 1] : null;
    const older = index >= 0 && index < all.length - 1 ? all[index + 1] : null;
    const article = found.data;
    return page({
      title: article.title,
      description: summarise(article.lead || article.html),
      canonicalPath: `/artikler/${slug}`,
      ogType: 'article',
      main: content.articleView(article, { newer: newer?.data ?? null, older: older?.data ?? null }),
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: article.title,
        description: article.lead,
        inLanguage: 'nb',
        datePublished: article.publishedAt,
        dateModified: article.updatedAt,
        author: { '@type': 'Person', name: article.authorName, jobTitle: authorRoleNb(article.authorRole) },
        mainEntityOfPage: `${this.config.publicUrl}/artikler/${slug}`,
      },
      changes: uniqueChanges([found.change, ...(newer ? [newer.change] : []), ...(older ? [older.change] : [])]),
    });
  }

  private async qaPage(): Promise<PublicPage> {
    const qas = (await this.published<QaDto>('qa')).sort(byDateDesc('publishedAt'));
    return page({
      title: 'Spørsmål og svar',
      description: 'Spørsmål andre har stilt rådgiverne om kjøp av sex, med svarene.',
      canonicalPath: '/sporsmal-og-svar',
      main: content.qaView(qas.map((row) => row.data)),
      jsonLd:
        qas.length > 0
          ? {
              '@context': 'https://schema.org',
              '@type': 'FAQPage',
              inLanguage: 'nb',
              mainEntity: qas.map((row) => ({
                '@type': 'Question',
                name: row.data.question,
                acceptedAnswer: { '@type': 'Answer', text: row.data.answer },
              })),
            }
          : undefined,
      changes: qas.map((row) => row.change),
    });
  }

  /** The phone line as devices pull it (the phone box on `/` and `/kontakt` is drawn from it). */
  /** The phone line as published at one content sequence: read once per sequence, not per request. */
  private phoneAtSeq: { seq: number; line: Promise<PhoneLineDto | null> } | null = null;

  /**
   * What `/` and `/kontakt` show of the moment, as a token (the response cache's `moment`): whether
   * the line is open, until when or when it opens next, and today's date in Oslo (the next opening is
   * said as "i dag", "i morgen" or a weekday). It changes exactly when the phone box's words do.
   */
  async phoneMoment(seq: number): Promise<string> {
    if (this.phoneAtSeq?.seq !== seq) {
      const line = this.phoneLine().then((row) => row?.data ?? null);
      this.phoneAtSeq = { seq, line };
      line.catch(() => {
        if (this.phoneAtSeq?.line === line) this.phoneAtSeq = null;
      });
    }
    const line = await this.phoneAtSeq.line;
    const now = this.now();
    const shown = line ? phoneStatus(line.hours, line.closedDates, now) : null;
    return createHash('sha256')
      .update(JSON.stringify([shown, osloDay(now)]))
      .digest('hex')
      .slice(0, 12);
  }

  private phoneLine(): Promise<Row<PhoneLineDto & { id: string }> | null> {
    return this.one<PhoneLineDto & { id: string }>('phoneHours', 'id', PHONE_HOURS_ID);
  }

  private async contactPage(): Promise<PublicPage> {
    const phone = await this.phoneLine();
    return page({
      title: 'Kontakt',
      description: 'Skriv anonymt til en rådgiver, eller ring oss i åpningstiden.',
      canonicalPath: '/kontakt',
      main: contactView(phone?.data ?? null, this.now()),
      changes: phone ? [phone.change] : [],
    });
  }

  /** Section pages, information pages and articles, with lastmod. */
  async sitemapEntries(): Promise<{ path: string; lastmod: string | null }[]> {
    const [pages, articles] = await Promise.all([
      this.published<PageDto>('page'),
      this.published<ArticleDto>('article'),
    ]);
    const newest = (values: string[]) => values.sort().at(-1) ?? null;
    const entries: { path: string; lastmod: string | null }[] = [
      { path: '/', lastmod: null },
      { path: '/info', lastmod: newest(pages.map((row) => row.data.updatedAt)) },
      { path: '/artikler', lastmod: newest(articles.map((row) => row.data.updatedAt ?? row.data.publishedAt)) },
      { path: '/nyheter', lastmod: null },
      { path: '/ressurser', lastmod: null },
      { path: '/regler', lastmod: null },
      { path: '/sporsmal-og-svar', lastmod: null },
      { path: '/kontakt', lastmod: null },
      { path: '/media', lastmod: null },
      ...pages.map((row) => ({ path: `/info/${row.data.slug}`, lastmod: row.data.updatedAt })),
      ...articles
        .sort(byDateDesc('publishedAt'))
        .map((row) => ({ path: `/artikler/${row.data.slug}`, lastmod: row.data.updatedAt ?? row.data.publishedAt })),
    ];
    return entries;
  }
}
