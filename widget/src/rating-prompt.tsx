import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js';
import type { GetChatRatingQuery } from './gql/graphql';
import type { Transport } from './graphql-client';
import { EmailTranscript, GetChatRating, RateChatSession } from './rating-operations';

const MAX_COMMENT_LENGTH = 1000;
/** Transcript links expire after 15 minutes: a visitor who lingers on this screen gets a fresh one. */
const LINK_REFRESH_MS = 10 * 60 * 1000;
const SCORES = [1, 2, 3, 4, 5] as const;

/** The rating prompt's words; Indonesian first, as everywhere in the widget. */
const id = {
  question: 'Bagaimana layanan kami?',
  score: (score: number) => `${score} dari 5`,
  scale: '1 buruk, 5 sangat baik',
  comment: 'Komentar (opsional)',
  send: 'Kirim penilaian',
  sending: 'Mengirim…',
  choose: 'Pilih nilai 1 sampai 5.',
  failed: 'Penilaian belum terkirim. Coba lagi.',
  thanks: 'Terima kasih atas penilaian Anda!',
  rated: (score: number) => `Anda memberi nilai ${score} dari 5.`,
  transcript: 'Unduh transkrip',
  emailTranscript: 'Kirim transkrip ke email saya',
  emailed: 'Transkrip dikirim ke email Anda.',
  emailFailed: 'Transkrip belum terkirim. Coba lagi.',
};

type RatingStrings = typeof id;
type ChatRatingState = NonNullable<GetChatRatingQuery['chatSession']>;

const en: RatingStrings = {
  question: 'How was our service?',
  score: (score) => `${score} of 5`,
  scale: '1 poor, 5 excellent',
  comment: 'Comment (optional)',
  send: 'Send rating',
  sending: 'Sending…',
  choose: 'Choose a score from 1 to 5.',
  failed: 'The rating was not sent. Please try again.',
  thanks: 'Thank you for your rating!',
  rated: (score) => `You rated this chat ${score} of 5.`,
  transcript: 'Download transcript',
  emailTranscript: 'Email me the transcript',
  emailed: 'The transcript is on its way to your email.',
  emailFailed: 'The transcript was not sent. Please try again.',
};

/** Under a closed chat: the visitor rates it once (1 to 5, a comment if it likes) and may download its transcript. */
export function RatingPrompt(props: { english: boolean; sessionId: string; request: Transport['request'] }) {
  const r = () => (props.english ? en : id);
  const [chat, setChat] = createSignal<ChatRatingState | null>(null);
  // A failed read keeps what is shown; the next refresh tries again.
  const load = (sessionId: string) =>
    props.request(GetChatRating, { id: sessionId }).then(
      ({ chatSession }) => sessionId === props.sessionId && setChat(chatSession ?? null),
      () => undefined,
    );
  createEffect(() => {
    const sessionId = props.sessionId;
    setChat(null);
    void load(sessionId);
    const refresh = setInterval(() => void load(sessionId), LINK_REFRESH_MS);
    onCleanup(() => clearInterval(refresh));
  });
  const [score, setScore] = createSignal<number | null>(null);
  const [comment, setComment] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal<number | null>(null);
  const given = () => sent() ?? chat()?.rating ?? null;
  const [mailState, setMailState] = createSignal<'idle' | 'sending' | 'sent' | 'failed'>('idle');

  const emailTranscript = async () => {
    setMailState('sending');
    try {
      await props.request(EmailTranscript, { id: props.sessionId });
      setMailState('sent');
    } catch {
      setMailState('failed');
    }
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = score();
    if (chosen === null) return void setError(r().choose);
    setBusy(true);
    setError(null);
    try {
      const rated = await props.request(RateChatSession, { id: props.sessionId, rating: chosen, comment: comment().trim() || null });
      setSent(rated.rateChatSession.rating ?? chosen);
    } catch {
      setError(r().failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="rating">
      <Show when={chat()}>
        <Show
          when={given() === null}
          fallback={
            <p class="rating-thanks" role="status">
              {sent() !== null ? r().thanks : r().rated(given()!)}
            </p>
          }
        >
          <form on:submit={submit} noValidate>
            <div class="rating-scores" role="radiogroup" aria-labelledby="lc-rating-question" aria-describedby="lc-rating-scale">
              <p id="lc-rating-question" class="rating-question">
                {r().question}
              </p>
              <p id="lc-rating-scale" class="rating-scale">
                {r().scale}
              </p>
              <div class="rating-row">
                <For each={SCORES}>
                  {(value) => (
                    <label class="rating-score" classList={{ chosen: score() === value }}>
                      <input
                        type="radio"
                        name="lc-rating"
                        value={value}
                        aria-label={r().score(value)}
                        checked={score() === value}
                        on:change={() => setScore(value)}
                      />
                      <span aria-hidden="true">{value}</span>
                    </label>
                  )}
                </For>
              </div>
            </div>
            <label class="rating-comment-label" for="lc-rating-comment">
              {r().comment}
            </label>
            <textarea
              id="lc-rating-comment"
              rows={2}
              maxLength={MAX_COMMENT_LENGTH}
              value={comment()}
              on:input={(event) => setComment(event.currentTarget.value)}
            />
            <Show when={error()}>
              <p class="rating-error" role="alert">
                {error()}
              </p>
            </Show>
            <button type="submit" class="primary" disabled={busy()}>
              {busy() ? r().sending : r().send}
            </button>
          </form>
        </Show>
        <div class="transcript-actions">
          <a class="transcript-link" href={chat()!.transcriptUrl} download="">
            {r().transcript}
          </a>
          <Show when={chat()!.canEmailTranscript && mailState() !== 'sent'}>
            <button type="button" class="transcript-link" disabled={mailState() === 'sending'} on:click={() => void emailTranscript()}>
              {r().emailTranscript}
            </button>
          </Show>
        </div>
        <p class="transcript-status" role="status">
          {mailState() === 'sent' ? r().emailed : mailState() === 'failed' ? r().emailFailed : ''}
        </p>
      </Show>
    </div>
  );
}
