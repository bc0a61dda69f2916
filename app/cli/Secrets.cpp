#include "Secrets.h"

#include <QFile>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace acta::cli {

namespace {

// Reads one line from the terminal with echo off, into guarded memory.
Result<SecureBytes> promptNoEcho(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return fail(ErrorCode::Unavailable, SecretSource::tr("No terminal to ask on."));
    const int fd = fileno(tty);
    termios old {};
    const bool isTerminal = tcgetattr(fd, &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    SecureBytes buffer(1024);
    qsizetype n = 0;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n' && n < buffer.size())
        buffer.data()[n++] = static_cast<unsigned char>(c);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fclose(tty);
    return SecureBytes::copyOf(QByteArrayView(buffer.constChars(), n));
}

class StandardSecretSource : public SecretSource
{
public:
    Result<SecureBytes> read(const char *envVar, const QString &prompt, bool confirm) override
    {
        // Taken out of the environment once read (wiped, then unset), so that nothing this
        // process starts and nothing that reads /proc/<pid>/environ later finds it; kept here in
        // wiped memory for the rest of the command.
        if (char *value = std::getenv(envVar)) {
            SecureBytes secret = SecureBytes::copyOf(QByteArrayView(value));
            sodium_memzero(value, std::strlen(value));
            ::unsetenv(envVar);
            m_taken[std::string(envVar)] = secret.clone();
            return secret;
        }
        if (auto it = m_taken.find(std::string(envVar)); it != m_taken.end())
            return it->second.clone();
        if (!isatty(STDIN_FILENO))
            return fail(ErrorCode::Unavailable,
                        tr("%1 is not set and there is no terminal to ask on.").arg(QLatin1String(envVar)));
        Result<SecureBytes> first = promptNoEcho(prompt);
        if (!first || !confirm)
            return first;
        Result<SecureBytes> second = promptNoEcho(tr("Type it again: "));
        if (!second)
            return second;
        if (!first->equals(*second))
            return fail(ErrorCode::InvalidInput, tr("The two entries differ; nothing was changed."));
        return first;
    }

private:
    std::map<std::string, SecureBytes> m_taken;
};

} // namespace

SecretSource &SecretSource::standard()
{
    static StandardSecretSource source;
    return source;
}

} // namespace acta::cli
