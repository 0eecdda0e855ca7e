package archfixture.good.application.port.in;

public record CustomerQuery(String mobile) {
}
