import QRCode from 'qrcode';

/**
 * The QR code of an otpauth:// URI as a `data:image/svg+xml` URL, for an <img> (the page's CSP allows
 * data: images, and an SVG in an <img> runs no script). Made on the server so the secret never goes
 * to a third-party service; SVG needs no canvas.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
