/**
 * Reading a QR code from a photo, for browsers where Zalo's scanner is not
 * available. Uses the platform BarcodeDetector (Chrome on Android, Safari 17+
 * on iOS behind no flag on recent versions); where it is missing the UI does
 * not offer the photo option and the citizen types the code.
 */

interface DetectedBarcode {
  rawValue: string;
}

interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}

type BarcodeDetectorConstructor = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

function detectorConstructor(): BarcodeDetectorConstructor | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return typeof candidate === "function" ? candidate : null;
}

/** True when a QR code can be read from a picture in this browser. */
export function canDecodeQrImage(): boolean {
  return detectorConstructor() !== null && typeof globalThis.createImageBitmap === "function";
}

/** Returns the text of the first QR code in the image, or null when none is found. */
export async function decodeQrImage(file: Blob): Promise<string | null> {
  const Detector = detectorConstructor();
  if (!Detector || typeof globalThis.createImageBitmap !== "function") {
    return null;
  }
  const bitmap = await globalThis.createImageBitmap(file);
  try {
    const codes = await new Detector({ formats: ["qr_code"] }).detect(bitmap);
    const first = codes.find((code) => typeof code.rawValue === "string" && code.rawValue.trim() !== "");
    return first ? first.rawValue : null;
  } finally {
    if (typeof (bitmap as ImageBitmap).close === "function") {
      (bitmap as ImageBitmap).close();
    }
  }
}
