package dev.aegis.runtime.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's files hold paused conversations, the audit log, run documents and the state
 * encryption key: only their owner may read them. On a POSIX file system files are made {@code 0600}
 * and directories {@code 0700} when created (before SQLite opens a database, whose {@code -wal} and
 * {@code -shm} files SQLite then creates with the database file's mode), and files found open to
 * others are tightened at startup, with a warning. Elsewhere the platform's defaults apply.
 */
public final class PrivateFiles {

    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {}

    /** Whether permissions can be set here (POSIX file systems); elsewhere these methods create without them. */
    public static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory and its missing parents, each {@code 0700}; existing ones are left as they are. */
    public static void createDirectories(Path directory) {
        try {
            if (supported()) {
                Files.createDirectories(directory, attribute("rwx------"));
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + directory, e);
        }
    }

    /** Creates the file empty and {@code 0600}, with its directory, unless it exists. */
    public static void createFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (supported()) {
                Files.createFile(file, attribute("rw-------"));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException alreadyThere) {
            // another instance, or an earlier start, made it: tighten() sees to its mode
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file " + file, e);
        }
    }

    /**
     * Takes every group and other permission from the path and, for a directory, from everything
     * under it (links are not followed), logging a warning for each path that had any.
     *
     * @return the paths that were tightened
     */
    public static List<Path> tighten(Path path) {
        List<Path> tightened = new ArrayList<>();
        if (!supported() || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return tightened;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    tightenOne(directory, tightened);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() || attributes.isDirectory()) {
                        tightenOne(file, tightened);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warning("cannot check the permissions of " + file + ": " + e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warning("cannot check the permissions under " + path + ": " + e.getClass().getSimpleName());
        }
        return tightened;
    }

    private static void tightenOne(Path path, List<Path> tightened) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> own = EnumSet.noneOf(PosixFilePermission.class);
            own.addAll(permissions);
            if (!own.removeAll(OTHERS)) {
                return;
            }
            Files.setPosixFilePermissions(path, own);
            tightened.add(path);
            LOG.warning(path + " could be read or written by others (" + PosixFilePermissions.toString(permissions)
                    + "); its permissions are now " + PosixFilePermissions.toString(own));
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, path + " can be read by others and its permissions cannot be changed: " + e.getClass().getSimpleName());
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
