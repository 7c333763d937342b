package dev.jsoncontract.bench.corpus;

import java.util.List;
import java.util.Random;

/**
 * The words of the generated calls: what a patient and the voice assistant of a clinic say to
 * each other. Some names carry non-ASCII letters and some lines quotes, so that parsers meet
 * escapes and multi-byte UTF-8 as they do in real recordings.
 */
final class Text {

    private static final List<String> NAMES = List.of(
            "Maria Lopez", "John Carter", "Aisha Khan", "José Álvarez", "Zoë Müller", "Łukasz Nowak",
            "Wei Chen", "Fatima Haddad", "Ngozi Okafor", "Sven Åström", "Priya Raman", "Tom O'Neil",
            "王芳", "Olga Ivanova", "Kenji Sato", "Chloé Dubois");

    private static final List<String> DRUGS = List.of(
            "lisinopril", "metformin", "atorvastatin", "levothyroxine", "amlodipine", "omeprazole",
            "albuterol", "sertraline", "gabapentin", "losartan");

    private static final List<String> DAYS = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next Monday", "tomorrow");

    private static final List<String> BOT = List.of(
            "Thank you for calling Riverside Family Clinic, this is the virtual assistant. How can I help you today?",
            "I can help with that. Could you please tell me your full name and date of birth?",
            "Thank you, %n. I found your record. Which day works best for you?",
            "I have an opening on %d at %t with Dr. Patel. Would that work for you?",
            "Your appointment is booked for %d at %t. You will receive a text message confirming it.",
            "I see a prescription for %r on file. I have sent a refill request to your pharmacy.",
            "I'm sorry, I didn't quite catch that. Could you say it again?",
            "Let me check the schedule for you, one moment please.",
            "For your safety, if this is a medical emergency please hang up and dial 911.",
            "Is there anything else I can help you with today?",
            "I'll transfer you to the front desk now. Please stay on the line.",
            "Your copay for this visit is estimated at $25. Your insurance is on file.",
            "The lab results are ready; a nurse will call you back within two business days.",
            "Okay, I've cancelled the appointment on %d. Would you like to reschedule?");

    private static final List<String> USER = List.of(
            "Hi, I'd like to book an appointment with my doctor.",
            "Yes, it's %n, born March 3rd, 1985.",
            "%d would be great, preferably in the morning.",
            "Yes, %t works for me.",
            "I also need a refill of my %r, I'm almost out.",
            "Sorry, the line is bad. I said \"%d\", not Thursday.",
            "Can you tell me if my lab results are back?",
            "No, that's all. Thank you so much!",
            "I need to cancel my appointment on %d.",
            "Um, I'm not sure, can I call back later?",
            "My daughter %n is also a patient, can I book for her too?",
            "What's the copay going to be?");

    private static final List<String> SYSTEM = List.of(
            "You are the virtual receptionist of Riverside Family Clinic.",
            "Be warm, brief and professional; never give medical advice.",
            "Verify the caller's identity with full name and date of birth before discussing records.",
            "You can book, move and cancel appointments with the tools provided.",
            "If the caller describes an emergency, tell them to dial 911 and end the call.",
            "Refill requests go to the pharmacy on file; controlled substances need a nurse callback.",
            "Speak in the caller's language when you can; the clinic supports English and Spanish.",
            "Never read out full insurance numbers; the last four digits are enough.",
            "Office hours are Monday to Friday, 8 am to 6 pm; outside those hours offer a callback.",
            "Summarize what was agreed before ending the call.");

    static final List<String> TOOLS = List.of(
            "lookup_patient", "check_availability", "book_appointment", "cancel_appointment",
            "refill_prescription", "transfer_call");

    static final List<String> CALL_TYPES = List.of("inboundPhoneCall", "outboundPhoneCall", "webCall");

    static final List<String> ENDED_REASONS = List.of(
            "customer-ended-call", "assistant-ended-call", "silence-timed-out", "voicemail",
            "assistant-forwarded-call", "exceeded-max-duration", "pipeline-error-openai-llm-failed");

    static final List<String> OUTCOMES = List.of(
            "appointment-booked", "appointment-cancelled", "refill-requested", "question-answered",
            "transferred", "no-resolution");

    static final List<String> BOT_SOURCES = List.of("model", "force-say", "first-message");

    static final List<String> THREATS = List.of("profanity", "pii", "prompt-injection");

    private final Random random;

    Text(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String name() {
        return pick(NAMES);
    }

    String drug() {
        return pick(DRUGS);
    }

    String botLine() {
        return fill(pick(BOT));
    }

    String userLine() {
        return fill(pick(USER));
    }

    /** A system prompt of a few sentences, some hundreds of characters. */
    String systemPrompt() {
        StringBuilder prompt = new StringBuilder();
        int sentences = 3 + random.nextInt(SYSTEM.size() - 2);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                prompt.append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            prompt.append(SYSTEM.get((i + random.nextInt(2)) % SYSTEM.size()));
        }
        return prompt.toString();
    }

    private String fill(String template) {
        if (template.indexOf('%') < 0) {
            return template;
        }
        return template
                .replace("%n", name())
                .replace("%d", pick(DAYS))
                .replace("%t", (1 + random.nextInt(12)) + (random.nextBoolean() ? ":00" : ":30")
                        + (random.nextBoolean() ? " am" : " pm"))
                .replace("%r", drug());
    }
}
