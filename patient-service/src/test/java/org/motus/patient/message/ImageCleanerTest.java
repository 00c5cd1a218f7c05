package org.motus.patient.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.motus.patient.testing.Images;

class ImageCleanerTest {

    @Test
    void aJpegCarryingExifGpsComesOutWithoutAnyMetadataSegment() throws IOException {
        byte[] upload = Images.jpegWithGps(64, 48);
        assertTrue(Images.jpegMarkers(upload).contains(0xE1), "the test image carries an APP1 (EXIF) segment");
        assertTrue(Images.contains(upload, "Exif\0\0"));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(upload)), "the test image is a readable JPEG");

        ImageCleaner.Cleaned cleaned = ImageCleaner.clean(upload);

        assertEquals(ImageCleaner.Kind.JPEG, cleaned.kind());
        assertFalse(Images.contains(cleaned.bytes(), "Exif"), "EXIF is gone");
        assertFalse(Images.jpegMarkers(cleaned.bytes()).contains(0xE1), "no APP1 segment is left");
        assertEquals(64, cleaned.widthPx());
        assertEquals(48, cleaned.heightPx());
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(cleaned.bytes())).getWidth());
    }

    @Test
    void aPngTextChunkIsGone() {
        byte[] upload = Images.pngWithText(20, 10);
        assertTrue(Images.contains(upload, Images.PNG_SECRET));

        ImageCleaner.Cleaned cleaned = ImageCleaner.clean(upload);

        assertEquals(ImageCleaner.Kind.PNG, cleaned.kind());
        assertFalse(Images.contains(cleaned.bytes(), Images.PNG_SECRET));
        assertFalse(Images.contains(cleaned.bytes(), "tEXt"));
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertEquals(ImageCleaner.Kind.PNG, ImageCleaner.sniff(Images.png(2, 2)));
        assertEquals(ImageCleaner.Kind.JPEG, ImageCleaner.sniff(Images.jpeg(2, 2)));
        assertThrows(ImageRefused.class, () -> ImageCleaner.sniff("GIF89a....".getBytes()));
        assertThrows(ImageRefused.class, () -> ImageCleaner.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertThrows(ImageRefused.class, () -> ImageCleaner.sniff("<svg onload=alert(1)>".getBytes()));
    }

    @Test
    void emptyDamagedOrForeignBytesAreRefused() {
        assertThrows(ImageRefused.class, () -> ImageCleaner.clean(new byte[0]));
        assertThrows(ImageRefused.class, () -> ImageCleaner.clean(null));
        byte[] truncated = Arrays.copyOf(Images.png(40, 40), 40);
        assertThrows(ImageRefused.class, () -> ImageCleaner.clean(truncated));
        byte[] jpegHeaderOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertThrows(ImageRefused.class, () -> ImageCleaner.clean(jpegHeaderOnly));
    }

    @Test
    void fiveMebibytesIsTheLimitBeforeAnythingIsDecoded() {
        byte[] justOver = new byte[ImageCleaner.MAX_BYTES + 1];
        byte[] magic = Images.jpeg(2, 2);
        System.arraycopy(magic, 0, justOver, 0, magic.length);
        ImageTooLarge refused = assertThrows(ImageTooLarge.class, () -> ImageCleaner.clean(justOver));
        assertTrue(refused.getMessage().contains(String.valueOf(ImageCleaner.MAX_BYTES + 1)));
        byte[] atTheLimit = Arrays.copyOf(magic, ImageCleaner.MAX_BYTES); // a JPEG with trailing bytes: readable
        assertEquals(ImageCleaner.Kind.JPEG, ImageCleaner.clean(atTheLimit).kind());
    }

    @Test
    void aLargePictureIsDecodedAtAReducedSize() {
        int side = ImageCleaner.MAX_SIDE_PX * 2 + 10;
        ImageCleaner.Cleaned cleaned = ImageCleaner.clean(Images.png(side, 20));
        assertTrue(cleaned.widthPx() <= ImageCleaner.MAX_SIDE_PX, "width " + cleaned.widthPx());
        ImageCleaner.Cleaned small = ImageCleaner.clean(Images.png(ImageCleaner.MAX_SIDE_PX, 20));
        assertEquals(ImageCleaner.MAX_SIDE_PX, small.widthPx(), "at the limit the size is kept");
    }

    @Test
    void cleaningTwiceGivesTheSamePicture() {
        byte[] once = ImageCleaner.clean(Images.png(12, 12)).bytes();
        assertArrayEquals(once, ImageCleaner.clean(once).bytes());
    }
}
