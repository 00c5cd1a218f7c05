package org.motus.patient.discharge;

import org.motus.patient.openapi.Examples;
import org.motus.patient.prom.PromExamples;

/** The discharge summary's OpenAPI example. */
public final class DischargeExamples {

    public static final String SUMMARY = """
            {"patientId":"0a7e0000-0000-4000-8000-000000000002","displayName":"Pat Example","zone":"Europe/Berlin",
             "interim":false,"careStarted":"2026-10-26","careEnded":"2026-12-18",
             "dischargedAt":"2026-12-18T15:00:00Z","dischargeNote":"Goals met; continues the home programme alone.",
             "conditions":["LOW_BACK"],"goals":"Walk the dog for 30 minutes without pain above 3.",
             "pain":{"baselinePain":6,"endMeanPain":2.6,"endReadings":7,"endWindowFrom":"2026-12-11",
                     "endWindowTo":"2026-12-17","changePoints":-3.4,"reductionPercent":56.7,"meaning":"TARGET_REACHED"},
             "painWeeks":[{"weekStart":"2026-10-26","weekNumber":1,"readings":9,"meanPain":6.1,"reductionPercent":-1.9,"course":"TOO_EARLY"},
                          {"weekStart":"2026-12-14","weekNumber":8,"readings":7,"meanPain":2.6,"reductionPercent":56.7,"course":"ON_TRACK"}],
             "function":""" + PromExamples.SUMMARY + """
            ,
             "adherence":{"sessions":34,"weeksInCare":8,"prescribedSessionsPerWeek":5,"weeksPrescriptionMet":3,
                          "meanSessionsPerWeek":4.3,
                          "last30Days":{"from":"2026-11-18","to":"2026-12-17","daysWithData":24,"thresholdDays":16,"reachesThreshold":true}},
             "flags":{"urgent":1,"high":0,"routine":1,"stillOpen":0,"raised":""" + Examples.FLAGS + """
            },
             "generatedAt":"2026-12-18T15:05:00Z"}""";

    private DischargeExamples() {}
}
