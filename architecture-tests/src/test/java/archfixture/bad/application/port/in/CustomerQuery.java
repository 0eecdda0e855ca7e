package archfixture.bad.application.port.in;

public record CustomerQuery(String mobile) {
}
