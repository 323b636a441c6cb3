package dev.aegis.installer;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Maven Resolver behind three questions: where is this jar, which version of a library does its pom
 * declare, and which jars does it need at run time. The only class that touches the resolver, so
 * nothing else of the gateway loads it.
 */
final class MavenArtifacts implements AutoCloseable {

    private final RepositorySystem system;
    private final CloseableSession session;
    private final List<RemoteRepository> repositories;

    private MavenArtifacts(RepositorySystem system, CloseableSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    /**
     * A resolver session on {@code localRepository}, reading {@code repositories} in order. Offline,
     * only the local repository and {@code file:} repositories are read.
     */
    static MavenArtifacts open(Path localRepository, List<URI> repositories, boolean offline) {
        RepositorySystem system = new RepositorySystemSupplier().get();
        CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setOffline(offline)
                .setConfigProperty("aether.offline.protocols", "file")
                .setSystemProperties(System.getProperties())
                .build();
        List<RemoteRepository> remote = new ArrayList<>();
        for (int i = 0; i < repositories.size(); i++) {
            URI uri = repositories.get(i);
            String id = uri.equals(InstallRequest.MAVEN_CENTRAL) ? "central" : "repository-" + (i + 1);
            remote.add(new RemoteRepository.Builder(id, "default", uri.toString()).build());
        }
        return new MavenArtifacts(system, session, List.copyOf(remote));
    }

    /** The jar of {@code coordinates}, downloaded into the local repository when missing. */
    Path jar(PluginCoordinates coordinates) {
        try {
            ArtifactResult result = system.resolveArtifact(session, new ArtifactRequest(artifact(coordinates), repositories, null));
            return result.getArtifact().getPath();
        } catch (ArtifactResolutionException e) {
            throw unresolvable(coordinates.toString(), e);
        }
    }

    /** The version {@code coordinates}' pom gives its dependency on {@code groupId:artifactId}, in any scope. */
    Optional<String> declaredVersion(PluginCoordinates coordinates, String groupId, String artifactId) {
        try {
            return system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(artifact(coordinates), repositories, null))
                    .getDependencies().stream()
                    .map(Dependency::getArtifact)
                    .filter(artifact -> artifact.getGroupId().equals(groupId) && artifact.getArtifactId().equals(artifactId))
                    .map(Artifact::getVersion)
                    .findFirst();
        } catch (ArtifactDescriptorException e) {
            throw unresolvable("the pom of " + coordinates, e);
        }
    }

    /**
     * The jars {@code coordinates} needs at run time, itself excluded, leaving out {@code provided}
     * artifacts ({@code groupId:artifactId}) and everything they bring.
     */
    List<Path> runtimeDependencies(PluginCoordinates coordinates, List<String> provided) {
        List<Exclusion> exclusions = provided.stream()
                .map(key -> key.split(":", 2))
                .map(key -> new Exclusion(key[0], key[1], "*", "*"))
                .toList();
        CollectRequest collect = new CollectRequest(new Dependency(artifact(coordinates), JavaScopes.RUNTIME, false, exclusions), repositories);
        try {
            return system.resolveDependencies(session, new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME)))
                    .getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact)
                    .filter(artifact -> !(artifact.getGroupId().equals(coordinates.groupId()) && artifact.getArtifactId().equals(coordinates.artifactId())))
                    .map(Artifact::getPath)
                    .toList();
        } catch (DependencyResolutionException e) {
            throw unresolvable("the dependencies of " + coordinates, e);
        }
    }

    List<String> repositoryUrls() {
        return repositories.stream().map(RemoteRepository::getUrl).toList();
    }

    /** The repositories read, as {@code id (url)}, for messages. */
    String describeRepositories() {
        return repositories.stream().map(repository -> repository.getId() + " (" + repository.getUrl() + ")").collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        session.close();
        system.shutdown();
    }

    private InstallException unresolvable(String what, Exception e) {
        return new InstallException(InstallException.UNRESOLVABLE, "cannot resolve " + what + " from " + describeRepositories()
                + (session.isOffline() ? " (offline: local and file: repositories only)" : "") + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static DefaultArtifact artifact(PluginCoordinates coordinates) {
        return new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), "jar", coordinates.version());
    }
}
