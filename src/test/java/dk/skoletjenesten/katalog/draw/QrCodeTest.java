package dk.skoletjenesten.katalog.draw;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTest {
  @Test
  void aWebAddressIsEncodedAsABrowserSendsItWithItsDanishLettersPercentEncoded() throws Exception {
    QrCode code = QrCode.encode("https://www.skoletjenesten.dk/hjørring");

    assertThat(decode(code)).isEqualTo("https://www.skoletjenesten.dk/hj%C3%B8rring");
  }

  @Test
  void otherTextAndAsciiAddressesAreEncodedAsTheyAre() throws Exception {
    assertThat(decode(QrCode.encode("https://www.skoletjenesten.dk/aabenraakommune")))
        .isEqualTo("https://www.skoletjenesten.dk/aabenraakommune");
    assertThat(QrCode.payload("Ring til Søren")).isEqualTo("Ring til Søren");
  }

  /** Reads the code back the way a phone does, from an image with its quiet zone. */
  private static String decode(QrCode code) throws Exception {
    int scale = 4;
    int side = (code.size() + 2 * QrCode.QUIET_ZONE_MODULES) * scale;
    int[] pixels = new int[side * side];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int mx = x / scale - QrCode.QUIET_ZONE_MODULES;
        int my = y / scale - QrCode.QUIET_ZONE_MODULES;
        boolean dark =
            mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.isDark(mx, my);
        pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}
