import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;
/** A business card, 85 × 55 mm. */
export const CARD_WIDTH = 85 * MM;
export const CARD_HEIGHT = 55 * MM;
/** A4 portrait. */
export const A4_WIDTH = 210 * MM;
export const A4_HEIGHT = 297 * MM;
export const SHEET_COLUMNS = 2;
export const SHEET_ROWS = 5;

export const SERVICE_NAME = 'Sexhandel';
/** The card's one line: kind, plain, no judgement. */
export const CARD_MESSAGE = 'Du kan snakke med oss anonymt, uten å bli dømt.';
/** Error correction M (15 %): survives a worn card, keeps the modules large. */
export const QR_ERROR_CORRECTION = 'M' as const;
/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QR_QUIET_ZONE = 4;

const INK = '#1f2a2e';
const ACCENT = '#0f5e63';
const MUTED = '#4d5a5f';

export interface CardContent {
  /** The full short link, encoded in the QR code. */
  url: string;
  /** The phone number as shown in the app, '' when none is set. */
  phone: string;
}

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_QUIET_ZONE });
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, {
    type: 'png',
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: QR_QUIET_ZONE,
    scale: 12,
  });
}

/** The link as printed: without the scheme, which nobody needs to type. */
export function printedLink(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/**
 * Draws the QR code as vector squares (one path, filled once, so no hairline seams) with its
 * quiet zone inside a square of `size` points whose top left corner is (x, y).
 */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const count = modules.size;
  const cell = size / (count + 2 * QR_QUIET_ZONE);
  const origin = { x: x + QR_QUIET_ZONE * cell, y: y + QR_QUIET_ZONE * cell };
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col++;
      doc.rect(origin.x + start * cell, origin.y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
}

/** The largest font size from `max` down to `min` at which `text` fits in `width`. */
function fittingSize(doc: PDFKit.PDFDocument, text: string, width: number, max: number, min: number): number {
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size -= 0.25;
  return size;
}

/** One card with its top left corner at the current origin (callers translate). */
function drawCard(doc: PDFKit.PDFDocument, card: CardContent): void {
  const pad = 14;
  const qrSize = 108;
  const qrX = CARD_WIDTH - qrSize - 4;
  const qrY = (CARD_HEIGHT - qrSize) / 2;
  const columnWidth = qrX - pad + 2;
  drawQr(doc, card.url, qrX, qrY, qrSize);

  doc.font('Helvetica-Bold').fontSize(17).fillColor(ACCENT);
  doc.text(SERVICE_NAME, pad, pad, { width: columnWidth, lineBreak: false });

  doc.font('Helvetica').fontSize(9.5).fillColor(INK);
  doc.text(CARD_MESSAGE, pad, pad + 26, { width: columnWidth, lineGap: 1.5, height: 48 });

  if (card.phone) {
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text('Ring oss', pad, 84, { width: columnWidth, lineBreak: false });
    doc.font('Helvetica-Bold').fillColor(INK);
    doc.fontSize(fittingSize(doc, card.phone, columnWidth, 13, 8));
    doc.text(card.phone, pad, 95, { width: columnWidth, lineBreak: false });
  }

  // The bottom line may run under the QR code's quiet zone, so a long address still fits.
  const link = printedLink(card.url);
  const linkWidth = CARD_WIDTH - 2 * pad;
  doc.font('Helvetica');
  doc.fontSize(fittingSize(doc, link, linkWidth, 9, 5.5)).fillColor(INK);
  doc.text(link, pad, CARD_HEIGHT - pad - 9, { width: linkWidth, lineBreak: false });
}

function render(size: [number, number], title: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size, margin: 0, info: { Title: title, Author: SERVICE_NAME } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** One page exactly 85 × 55 mm: for a print shop's card stock. */
export function cardPdf(card: CardContent): Promise<Buffer> {
  return render([CARD_WIDTH, CARD_HEIGHT], `${SERVICE_NAME}: kort`, (doc) => drawCard(doc, card));
}

/** A4 portrait with 2 × 5 cards edge to edge and cut marks in the margin around them. */
export function sheetPdf(card: CardContent): Promise<Buffer> {
  return render([A4_WIDTH, A4_HEIGHT], `${SERVICE_NAME}: ark med 10 kort`, (doc) => {
    const left = (A4_WIDTH - SHEET_COLUMNS * CARD_WIDTH) / 2;
    const top = (A4_HEIGHT - SHEET_ROWS * CARD_HEIGHT) / 2;
    for (let row = 0; row < SHEET_ROWS; row++) {
      for (let col = 0; col < SHEET_COLUMNS; col++) {
        doc.save();
        doc.translate(left + col * CARD_WIDTH, top + row * CARD_HEIGHT);
        drawCard(doc, card);
        doc.restore();
      }
    }
    // Cut marks: every cutting line, drawn only outside the cards (gap 3 mm, length 8 mm).
    const gap = 3 * MM;
    const length = 8 * MM;
    const right = left + SHEET_COLUMNS * CARD_WIDTH;
    const bottom = top + SHEET_ROWS * CARD_HEIGHT;
    doc.lineWidth(0.5).strokeColor('#000000');
    for (let col = 0; col <= SHEET_COLUMNS; col++) {
      const x = left + col * CARD_WIDTH;
      doc.moveTo(x, top - gap - length).lineTo(x, top - gap);
      doc.moveTo(x, bottom + gap).lineTo(x, bottom + gap + length);
    }
    for (let row = 0; row <= SHEET_ROWS; row++) {
      const y = top + row * CARD_HEIGHT;
      doc.moveTo(left - gap - length, y).lineTo(left - gap, y);
      doc.moveTo(right + gap, y).lineTo(right + gap + length, y);
    }
    doc.stroke();
  });
}
