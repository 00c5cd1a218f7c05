package org.motus.patient.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Test images: plain JPEG and PNG, and the same carrying metadata (EXIF with GPS, a PNG text chunk). */
public final class Images {

    /** The text hidden in the PNG's tEXt chunk, to look for after cleaning. */
    public static final String PNG_SECRET = "Home: 52.5200 N 13.4050 E";

    private Images() {}

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A JPEG with an EXIF APP1 segment holding a GPS IFD (latitude 52 N 31' 12.34"), after the JFIF APP0. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
        int insertAt = 4 + app0Length;
        byte[] exif = exifWithGps();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + exif.length);
        out.put(jpeg, 0, insertAt).put(exif).put(jpeg, insertAt, jpeg.length - insertAt);
        return out.array();
    }

    /** A PNG with a tEXt chunk before IEND. */
    public static byte[] pngWithText(int width, int height) {
        byte[] png = png(width, height);
        int iend = png.length - 12;
        byte[] data = ("Comment\0" + PNG_SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put("tEXt".getBytes(StandardCharsets.US_ASCII))
                .put(data);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
        out.put(png, 0, iend).put(chunk.array()).put(png, iend, 12);
        return out.array();
    }

    /** The JPEG markers before the image data (SOS), e.g. 0xE0 for APP0, 0xE1 for APP1 (EXIF, XMP). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0: one entry, GPSInfo (0x8825) pointing at the GPS IFD at 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: GPSLatitudeRef "N", GPSLatitude 3 rationals at 56
        tiff.putShort((short) 2);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(1234).putInt(100);
        byte[] tiffBytes = tiff.array();
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiffBytes.length;
        ByteBuffer segment = ByteBuffer.allocate(2 + length);
        segment.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) length)
                .put(header)
                .put(tiffBytes);
        return segment.array();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(new Color(30, 120, 200));
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(Color.ORANGE);
            graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
