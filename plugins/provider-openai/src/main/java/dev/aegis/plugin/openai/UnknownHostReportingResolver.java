package dev.aegis.plugin.openai;

import io.helidon.webclient.api.DnsAddressLookup;
import io.helidon.webclient.api.RuntimeUnknownHostException;
import io.helidon.webclient.spi.DnsResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The JDK's resolver, failing with an unknown-host exception: Helidon's default turns it into a
 * bare {@code IllegalArgumentException}, which would hide a retryable connect failure.
 */
final class UnknownHostReportingResolver implements DnsResolver {

    @Override
    public InetAddress resolveAddress(String hostname, DnsAddressLookup lookup) {
        try {
            InetAddress[] addresses = lookup.filter(InetAddress.getAllByName(hostname));
            if (addresses.length > 0) {
                return addresses[0];
            }
            throw new RuntimeUnknownHostException("no address of the configured kind for " + hostname);
        } catch (UnknownHostException e) {
            throw new RuntimeUnknownHostException(e);
        }
    }
}
