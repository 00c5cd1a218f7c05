package org.motus.patient.message;

/** OpenAPI examples of the message endpoints (the shared ones stay in {@code openapi.Examples}). */
public final class MessageExamples {

    private MessageExamples() {}

    static final String MESSAGE_ID = "3e550000-0000-4000-8000-000000000001";
    static final String IMAGE_ID = "1a9e0000-0000-4000-8000-000000000001";

    static final String REQUEST = """
            {"text":"My knee was sore after the step-ups. Is that normal?","exerciseRef":"step-ups","imageId":null}""";
    static final String REQUEST_WITH_IMAGE = """
            {"text":"This is the swelling I mentioned.","exerciseRef":null,"imageId":"1a9e0000-0000-4000-8000-000000000001"}""";
    static final String IMAGE = """
            {"id":"1a9e0000-0000-4000-8000-000000000001","contentType":"image/jpeg","widthPx":1280,"heightPx":960,
             "sizeBytes":184320}""";
    static final String MESSAGE = """
            {"id":"3e550000-0000-4000-8000-000000000001","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "authorRole":"PATIENT","authorName":"Pat Patient","mine":true,
             "text":"My knee was sore after the step-ups. Is that normal?","exerciseRef":"step-ups","image":null,
             "sentAt":"2026-11-30T08:15:00Z",
             "readBy":[{"readerName":"Tess Therapist","readerRole":"THERAPIST","readAt":"2026-11-30T09:02:00Z"}],
             "redFlagsMentioned":[],"askRedFlagQuestions":false}""";
    static final String RED_FLAG_MESSAGE = """
            {"id":"3e550000-0000-4000-8000-000000000002","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "authorRole":"PATIENT","authorName":"Pat Patient","mine":true,
             "text":"I fainted on the stairs this morning.","exerciseRef":null,"image":null,
             "sentAt":"2026-11-30T08:20:00Z","readBy":[],
             "redFlagsMentioned":["CHEST_SYMPTOMS"],"askRedFlagQuestions":true}""";
    public static final String THREAD = "[" + MESSAGE + "," + """
            {"id":"3e550000-0000-4000-8000-000000000003","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "authorRole":"THERAPIST","authorName":"Tess Therapist","mine":false,
             "text":"Some soreness is fine if it settles within two hours. Here is how it looked.","exerciseRef":null,
             "image":{"id":"1a9e0000-0000-4000-8000-000000000001","contentType":"image/jpeg","widthPx":1280,
                      "heightPx":960,"sizeBytes":184320},
             "sentAt":"2026-11-30T09:05:00Z","readBy":[],"redFlagsMentioned":[],"askRedFlagQuestions":false}]""";
    static final String READ_UP_TO = """
            {"upTo":"3e550000-0000-4000-8000-000000000001"}""";
    public static final String THREAD_UNREAD = """
            {"patientId":"0a7e0000-0000-4000-8000-000000000002","patientName":"Pat Patient","unread":0,
             "lastMessageAt":"2026-11-30T09:05:00Z"}""";
    public static final String UNREAD = """
            {"total":2,"threads":[{"patientId":"0a7e0000-0000-4000-8000-000000000002","patientName":"Pat Patient",
             "unread":2,"lastMessageAt":"2026-11-30T09:05:00Z"}]}""";
    static final String TOO_LARGE = """
            {"type":"urn:motus:problem:payload-too-large","title":"Payload too large","status":413,
             "detail":"An image is at most 5 MiB (5242880 bytes); this one has 6815744."}""";
    static final String JSON_TOO_LARGE = """
            {"type":"urn:motus:problem:payload-too-large","title":"Payload too large","status":413,
             "detail":"A JSON body is at most 256 KiB (262144 bytes); this one has 307212."}""";
    static final String NOT_AN_IMAGE = """
            {"type":"urn:motus:problem:unsupported-media-type","title":"Unsupported media type","status":415,
             "detail":"Attach a JPEG or PNG image; these bytes are neither."}""";
    static final String IMAGE_SENT = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"This image was sent already: upload it again to send it twice."}""";
}
