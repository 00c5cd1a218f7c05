package org.motus.patient.message;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.motus.patient.problem.PatientProblems;

/**
 * Makes an uploaded photo safe to keep and show: the type is read from the bytes (JPEG or PNG magic
 * numbers, never the declared Content-Type), the picture is decoded and written again from its pixels
 * only, so EXIF (camera, GPS position, time), XMP, ICC profiles, comments and PNG text chunks are all
 * gone. Large photos are decoded at a reduced resolution (longest side at most {@link #MAX_SIDE_PX}):
 * memory stays bounded whatever the header claims, and a message needs no more. Pure: no CDI, no database.
 */
public final class ImageCleaner {

    /** 5 MiB, before and after cleaning. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final int MAX_SIDE_PX = 2560;
    private static final float JPEG_QUALITY = 0.85f;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** What the bytes are, by their first bytes. */
    public enum Kind {
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png");

        public final String contentType;
        public final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Kind ofContentType(String contentType) {
            return contentType.equals(PNG.contentType) ? PNG : JPEG;
        }
    }

    /** A cleaned image: its type, size in pixels and bytes. */
    public record Cleaned(Kind kind, int widthPx, int heightPx, byte[] bytes) {}

    private ImageCleaner() {}

    public static Kind sniff(byte[] bytes) {
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Kind.JPEG;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Kind.PNG;
        }
        throw new ImageRefused(PatientProblems.IMAGE_NOT_JPEG_OR_PNG);
    }

    public static Cleaned clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ImageRefused(PatientProblems.IMAGE_EMPTY);
        }
        if (upload.length > MAX_BYTES) {
            throw new ImageTooLarge(
                    PatientProblems.IMAGE_TOO_LARGE, String.valueOf(MAX_BYTES), String.valueOf(upload.length));
        }
        Kind kind = sniff(upload);
        BufferedImage pixels = decode(upload, kind);
        byte[] cleaned = encode(pixels, kind);
        if (cleaned.length > MAX_BYTES) {
            throw new ImageTooLarge("Without its metadata the image is still over 5 MiB (" + cleaned.length
                    + " bytes): send a smaller one.");
        }
        return new Cleaned(kind, pixels.getWidth(), pixels.getHeight(), cleaned);
    }

    private static BufferedImage decode(byte[] upload, Kind kind) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.name());
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + kind);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true); // ignore metadata: it is never read, so never kept
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int step = Math.max(1, (Math.max(width, height) + MAX_SIDE_PX - 1) / MAX_SIDE_PX);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new ImageRefused("This " + kind + " image cannot be read.");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImageRefused refused) {
                throw refused;
            }
            throw new ImageRefused("This " + kind + " image cannot be read (damaged, or a colour model"
                    + " we do not support such as CMYK): save it as an ordinary JPEG or PNG.");
        }
    }

    private static byte[] encode(BufferedImage image, Kind kind) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer =
                    ImageIO.getImageWritersByFormatName(kind.name()).next();
            try {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                BufferedImage pixels = image;
                if (kind == Kind.JPEG) {
                    pixels = rgb(image);
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                writer.write(null, new IIOImage(pixels, null, null), param);
            } finally {
                writer.dispose();
            }
            output.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode an image in memory", e);
        }
    }

    /** JPEG has no alpha and ImageIO writes odd files for some source types: plain 8-bit RGB. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
