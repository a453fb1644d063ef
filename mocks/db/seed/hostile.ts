import type { Application } from '@/api/schemas/applications';
import { makeAttachment } from './content';

/**
 * Applicant text is untrusted. These strings sit in demo applications (some in the main expert's
 * queue) so that any place the UI renders applicant text as HTML, follows a `javascript:` link or
 * breaks on length, emoji or quotes shows up in the demo and in end-to-end tests.
 */
export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = "<script>alert('xss')</script>";
export const HOSTILE_LINK = '<a href="javascript:alert(1)">сайт проекта</a>';
export const HOSTILE_PSEUDO_URL = 'javascript:alert(1)';
export const HOSTILE_ATTACHMENT_NAME = '"><svg onload=alert(2)>.pdf';
export const EMOJI_TITLE = '«Ёлка желаний» 🎄 — "подарки" для детей и ‘пожилых’ соседей ✨';
export const LONG_TEXT_LENGTH = 15_000;

export type HostileKind = 'htmlTitle' | 'scriptSummary' | 'longText' | 'emojiQuotes';

export function applyHostileContent(app: Application, kind: HostileKind, nextFileId: () => string): void {
  switch (kind) {
    case 'htmlTitle':
      app.title = HOSTILE_TITLE;
      app.qualitativeResults = `**Жирный текст** и [ссылка](${HOSTILE_PSEUDO_URL}), ${app.qualitativeResults}`;
      return;
    case 'scriptSummary':
      app.summary = `${app.summary} ${HOSTILE_SCRIPT} Подробнее: ${HOSTILE_LINK} или ${HOSTILE_PSEUDO_URL}`;
      app.goals = `"><svg onload=alert(3)> ${app.goals}`;
      app.organization.name = `АНО «Код & Право» <b>${app.organization.name}</b>`;
      app.attachments.push(makeAttachment(nextFileId(), HOSTILE_ATTACHMENT_NAME, 48_213));
      return;
    case 'longText':
      app.title = `Комплексная программа социальной адаптации, психологической поддержки, профессиональной ориентации и сопровождаемого трудоустройства выпускников организаций для детей-сирот и детей, оставшихся без попечения родителей, с привлечением наставников из числа представителей бизнеса, НКО и органов власти — ${app.title}`;
      app.summary = repeatToLength(app.summary, LONG_TEXT_LENGTH);
      return;
    case 'emojiQuotes':
      app.title = EMOJI_TITLE;
      app.summary = `Каждый год мы собираем «письма Деду Морозу» 🎅 от детей из приютов и исполняем желания 🎁. В прошлом году — 312 «ёлочных» желаний, а «лапки» „так“ и ‘так’ тоже встречаются. Ёжик, ёлка, всё с «ё». ${app.summary} 😊👍🏽 👨‍👩‍👧‍👦`;
      app.targetAudience = `Дети 3–17 лет («воспитанники»), пожилые люди 80+ 👵; ${app.targetAudience}`;
      return;
  }
}

/** Repeats paragraphs of `text` until `length` characters, ending on a whole sentence where possible. */
function repeatToLength(text: string, length: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 1; size < length; i++) {
    const paragraph = `${i}. ${text}`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const joined = paragraphs.join('\n\n');
  const cut = joined.slice(0, length);
  const lastStop = cut.lastIndexOf('.');
  return lastStop > length - 500 ? cut.slice(0, lastStop + 1) : cut;
}
