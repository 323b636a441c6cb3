package dev.aegis.pack.pii.evaluation;

import java.util.List;

/**
 * Sentence templates of the evaluation corpus. {@code {TYPE}} is a labelled entity, {@code {~SLOT}}
 * unlabelled filler (look-alikes and things that are not personal data).
 */
final class CorpusTemplates {

    private CorpusTemplates() {}

    static final List<String> EMAIL = List.of("Please reply to {EMAIL} by Friday.", "My e-mail is {EMAIL}", "Send the invoice to {EMAIL} and cc the team.",
            "{EMAIL} has not confirmed the booking yet.", "Contact: {EMAIL}", "Is {EMAIL} still the right address for you?");
    static final List<String> PHONE = List.of("Call me at {PHONE} after six.", "My number is {PHONE}.", "You can reach the front desk on {PHONE}",
            "Phone: {PHONE}", "{PHONE} is my mobile, text me any time.", "Please ring {PHONE} to reschedule the delivery.",
            "For urgent matters dial {PHONE} (24/7).");
    static final List<String> NATIONAL_PHONE = List.of("My phone number is {PHONE}.", "Tel. {PHONE}", "Call me on {PHONE} tomorrow.",
            "Mobile: {PHONE}");
    static final List<String> CARD = List.of("My card number is {CREDIT_CARD}, expiring 04/27.", "Charge it to {CREDIT_CARD} please.",
            "Card: {CREDIT_CARD}", "I paid with {CREDIT_CARD} but the payment failed.", "The Visa ending in this number {CREDIT_CARD} was declined.",
            "Use {CREDIT_CARD} for the subscription.");
    static final List<String> IBAN = List.of("Please transfer the deposit to {IBAN}.", "IBAN: {IBAN}", "My account is {IBAN}, BIC to follow.",
            "Refunds go to {IBAN} as usual.", "Can you update my bank details to {IBAN}?");
    static final List<String> SSN = List.of("My SSN is {US_SSN}.", "Social security number: {US_SSN}", "The applicant's SSN {US_SSN} is on file.",
            "Please verify {US_SSN} against the records.", "SSN {US_SSN}, DOB on the form.");
    static final List<String> IP = List.of("The login came from {IP_ADDRESS} at midnight.", "Block {IP_ADDRESS} on the firewall.",
            "Server address: {IP_ADDRESS}", "ssh admin@{IP_ADDRESS} fails with a timeout.", "Requests from {IP_ADDRESS} and {IP_ADDRESS_2} were rate limited.",
            "My home IP is {IP_ADDRESS}.");
    static final List<String> NATIONAL_ID = List.of("My National Insurance number is {NATIONAL_ID}.", "NI number: {NATIONAL_ID}",
            "Mi DNI es {NATIONAL_ID}.", "DNI {NATIONAL_ID} del titular.", "Mijn BSN is {NATIONAL_ID}.", "BSN: {NATIONAL_ID}",
            "Meine Steuer-ID ist {NATIONAL_ID}.", "Steueridentifikationsnummer {NATIONAL_ID}");
    static final List<String> SECRET = List.of("Here is my key: {SECRET}", "export OPENAI_API_KEY={SECRET}", "The token {SECRET} stopped working.",
            "Authorization: Bearer {SECRET}", "\"api_key\": \"{SECRET}\"", "I accidentally committed {SECRET} to the repo.");
    static final List<String> URL_CREDENTIAL = List.of("The database URL is postgres://{URL_CREDENTIAL}@db.internal:5432/app",
            "Clone https://{URL_CREDENTIAL}@git.example.com/team/repo.git", "Proxy: http://{URL_CREDENTIAL}@proxy.corp.local:3128");
    static final List<String> DATE_OF_BIRTH = List.of("I was born on {DATE_OF_BIRTH}.", "DOB: {DATE_OF_BIRTH}", "Date of birth {DATE_OF_BIRTH}",
            "Her birthday is {DATE_OF_BIRTH}.", "Patient (born {DATE_OF_BIRTH}) was admitted.");
    static final List<String> ADDRESS = List.of("Ship it to {ADDRESS}, please.", "I live at {ADDRESS}.", "Our new office is at {ADDRESS}.",
            "Delivery address: {ADDRESS}", "Meet me at {ADDRESS} tomorrow.");
    static final List<String> POSTCODE = List.of("The postcode is {POSTCODE}.", "ZIP code {POSTCODE}", "Please use postal code {POSTCODE} for the form.");
    static final List<String> PERSON = List.of("Hi, my name is {PERSON}.", "Dear {PERSON}, thank you for your order.", "Please forward this to {PERSON}.",
            "{PERSON} will join the call at noon.", "I spoke with {PERSON} yesterday about the contract.", "The report was written by {PERSON}.",
            "Mr. {PERSON} asked for a refund.", "Dr. {PERSON} will see you now.", "Can you ask {PERSON} to review the draft?",
            "Thanks, {PERSON}", "{PERSON} said the shipment is late.", "Meeting notes: {PERSON} and {PERSON_2} agreed on the budget.",
            "Regards,\n{PERSON}", "The account belongs to {PERSON}.", "Ms. {PERSON} called about her appointment.");
    static final List<String> FIRST_NAME = List.of("Hi {PERSON}, how are you?", "Thanks {PERSON}!", "I think {PERSON} is right about this.",
            "Ask {PERSON} for the keys.", "Dear {PERSON},");
    static final List<String> LOCATION = List.of("I live in {LOCATION}.", "She moved to {LOCATION} last year.", "Our office in {LOCATION} is closed today.",
            "Flights from {LOCATION} to {LOCATION_2} are delayed.", "He grew up in {LOCATION}.", "The conference takes place in {LOCATION}.",
            "We are based in {LOCATION}.", "I'm travelling to {LOCATION} next week.", "The package was sent from {LOCATION}.");
    static final List<String> MIXED = List.of(
            "Hi, I'm {PERSON} from {LOCATION}. You can reach me at {EMAIL} or {PHONE}.",
            "Customer {PERSON} (SSN {US_SSN}) paid with card {CREDIT_CARD}.",
            "Please wire the money to {IBAN} and e-mail the receipt to {EMAIL}.",
            "{PERSON} logged in from {IP_ADDRESS} using the key {SECRET}.",
            "Dear {PERSON}, your parcel to {ADDRESS} ships today. Questions? Call {PHONE}.",
            "{\"name\": \"{PERSON}\", \"email\": \"{EMAIL}\", \"phone\": \"{PHONE}\"}");
    static final List<String> NEGATIVE = List.of(
            "Card {~CARD_BAD} was rejected because the number is invalid.", "Please upgrade to version {~VERSION} before Monday.",
            "The build {~VERSION} fixed the login bug.", "Release notes for v{~VERSION} are on the wiki.",
            "The meeting is on {~DATE} in room 4.", "Invoice dated {~DATE} is overdue.", "Deadline: {~DATE}",
            "Order #{~ORDER} has shipped.", "Your tracking number is {~ORDER}.", "Reference {~ORDER} was closed.",
            "The IBAN {~IBAN_BAD} failed validation.", "SSN {~SSN_BAD} is not a valid number.",
            "{~TITLE} is on the agenda for Thursday.", "The {~PRODUCT} is out of stock.", "I ordered a {~PRODUCT} yesterday.",
            "The job started at {~TIME} and finished at {~TIME}.", "Use std::vector instead of a raw array.",
            "The commit {~HASH} broke the build.", "Python {~VERSION} and Java 21 are both supported.",
            "It costs $1,234.56 plus 19% tax.", "The server listens on localhost:8080.", "Pi is roughly 3.14159.",
            "Quarterly Revenue Report for the Sales Team", "Please Review The Attached Document Before The Meeting",
            "Machine Learning Platform Roadmap", "The Annual General Meeting will be held in March.",
            "May the best team win.", "Will you send the Project Update?", "Summer Sale: everything must go!",
            "Chapter 12 covers the Customer Support process.", "Windows 11 and macOS 14 are supported.",
            "UUID {~UUID} was not found.", "Error code 0x80070005 means access denied.", "The tolerance is 0.001 mm.");
}
