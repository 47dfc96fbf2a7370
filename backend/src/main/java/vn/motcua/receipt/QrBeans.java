package vn.motcua.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.motcua.qr.QrEncoder;
import vn.motcua.qr.QrPhotoDecoder;

/** The plain ZXing-based QR classes as beans (they are thread-safe). */
@ApplicationScoped
public class QrBeans {

    @Produces
    @ApplicationScoped
    QrEncoder encoder() {
        return new QrEncoder();
    }

    @Produces
    @ApplicationScoped
    QrPhotoDecoder decoder() {
        return new QrPhotoDecoder();
    }
}
