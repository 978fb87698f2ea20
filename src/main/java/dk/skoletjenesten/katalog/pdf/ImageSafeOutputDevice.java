package dk.skoletjenesten.katalog.pdf;

import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.PDFAsImage;

/**
 * Flying Saucer's output device with one fix: drawing a PDF image ({@code <img src="x.pdf">}, our
 * QR codes and CMYK images) restores and saves the PDF graphics state around it, which drops the
 * fill and stroke colours and the clip, but the device still believes they are set. Text after the
 * image in the same colour as before it then printed in the default black (white text on a coloured
 * page became black). Setting the clip again re-applies it and makes the device emit the next
 * colour.
 */
final class ImageSafeOutputDevice extends ITextOutputDevice {

  ImageSafeOutputDevice(float dotsPerPoint) {
    super(dotsPerPoint);
  }

  @Override
  public void drawImage(FSImage image, int x, int y) {
    super.drawImage(image, x, y);
    if (image instanceof PDFAsImage) {
      setClip(getClip());
    }
  }
}
