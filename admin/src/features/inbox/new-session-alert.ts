let lastChimeAt = Number.NEGATIVE_INFINITY;

/** How long ago the console last chimed, so the repeating alert does not ring right after an announcement. */
export const sinceLastChime = (): number => Date.now() - lastChimeAt;

/** A short two-tone chime made with Web Audio, so no sound file ships with the console. */
export function playChime(): void {
  lastChimeAt = Date.now();
  try {
    const audio = new AudioContext();
    const start = audio.currentTime;
    [880, 1320].forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + index * 0.12);
      gain.gain.exponentialRampToValueAtTime(0.2, start + index * 0.12 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + index * 0.12 + 0.18);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + index * 0.12);
      oscillator.stop(start + index * 0.12 + 0.2);
    });
    setTimeout(() => void audio.close(), 600);
  } catch {
    // No audio device, or the browser has not allowed sound yet: the list still shows the visitor.
  }
}

/** One `tag` shows one notification at a time: a newer one of the same tag replaces the older. */
export function showDesktopNotification(title: string, body: string, onClick: () => void, tag = 'livechat-oss-waiting'): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}
