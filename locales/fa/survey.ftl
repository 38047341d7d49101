# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = این نظرسنجی کوتاه به شما امکان می‌دهد دیدگاه‌هایتان را مستقیم با تیم راهبرد جنبش در میان بگذارید. پاسخ‌هایتان با یک شناسه مستعار ذخیره می‌شود و هرگز به حساب کاربری‌تان پیوند نمی‌خورد. هر وقت خواستید می‌توانید به پرسش قبلی برگردید، پرسش‌های اختیاری را رد کنید یا با /cancel کار را متوقف کنید.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = پرسش { $step } از { $total }: { $question }
survey-role = به چه شکلی در جنبش ویکی‌مدیا مشارکت می‌کنید؟
survey-role-editor = در پروژه‌های ویکی‌مدیا ویرایش می‌کنم
survey-role-affiliate = در یک وابسته یا گروه کاربری فعالم
survey-role-organizer = رویداد یا برنامه ترویجی برگزار می‌کنم
survey-role-technical = در کارهای فنی مشارکت می‌کنم
survey-role-reader = می‌خوانم، کمک مالی یا معرفی می‌کنم
survey-role-new = در جنبش تازه‌واردم
survey-areas = کدام حوزه‌های موضوعی برای شما مهم‌ترند؟ هر تعداد که خواستید انتخاب کنید، بعد «تمام» را بزنید.
    .title = کدام حوزه‌های موضوعی برای شما مهم‌ترند؟
survey-areas-advocacy = حمایت‌گری
survey-areas-capacity = ظرفیت‌سازی
survey-areas-health = سلامت جامعه
survey-areas-diversity = تنوع
survey-areas-partnerships = شراکت‌ها
survey-areas-product = محصول و فناوری
survey-areas-resources = تخصیص منابع
survey-areas-revenue = منابع درآمد
survey-areas-roles = نقش‌ها و مسئولیت‌ها
survey-involved = تا اینجا چقدر خود را در گفتگوهای راهبرد جنبش سهیم می‌دانید؟ از 1 (اصلاً) تا 5 (خیلی زیاد) انتخاب کنید.
    .title = تا اینجا چقدر خود را در گفتگوهای راهبرد جنبش سهیم می‌دانید؟ (1 = اصلاً، 5 = خیلی زیاد)
survey-ways = دوست دارید چطور در گفتگوها شرکت کنید؟ هر کدام را که می‌خواهید انتخاب کنید، بعد «تمام» را بزنید.
    .title = دوست دارید چطور در گفتگوها شرکت کنید؟
survey-ways-salon = در یک محفل راهبردی حضوری
survey-ways-wiki = در بحث‌های درون ویکی
survey-ways-chat = در شبکه‌های اجتماعی یا گروه‌های چت
survey-ways-group = در وابسته یا گروه خودم
survey-ways-survey = با نظرسنجی‌هایی مثل همین
survey-host = آیا وابسته یا گروه شما دوست دارد یک محفل راهبردی برگزار کند؟
survey-youth = بعضی از محفل‌های راهبردی ویژه جوانان است. دوست دارید در یکی از آن‌ها شرکت کنید؟
survey-change = به نظر شما چه چیزی در جنبش باید تغییر کند؟ لطفاً با کلمات خودتان پاسخ دهید.
survey-consent = آیا رابط راهبرد جامعه زبان شما می‌تواند درباره پاسخ‌هایتان با شما تماس بگیرد؟
survey-thanks = سپاسگزارم! پاسخ‌هایتان ذخیره شد. هر وقت خواستید می‌توانید با فرمان /survey آن‌ها را ببینید یا تغییر دهید.
survey-done-before = شما قبلاً به این نظرسنجی پاسخ داده‌اید. پاسخ‌هایتان:

    { $summary }

    می‌خواهید آن‌ها را تغییر دهید؟
# One line of the summary of someone's answers.
survey-summary-line = پرسش: { $question } — پاسخ: { $answer }
survey-change-answers = تغییر پاسخ‌هایم
survey-keep-answers = همین‌طور بماند
survey-kept = پاسخ‌هایتان همان‌طور که هست می‌ماند. سپاسگزارم!
survey-resume = خوش برگشتید! از همان جایی که ماندید ادامه می‌دهیم.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = کار ناتمامتان در { $command } کنار گذاشته شد: وقتی کارتان اینجا تمام شد، از همان جایی که ماندید ادامه پیدا می‌کند.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = برگشتیم به کاری که پیش‌تر انجام می‌دادید؛ هیچ‌کدام از پاسخ‌هایتان از بین نرفته است.
flow-back = بازگشت
flow-skip = رد کردن
flow-done = تمام
flow-yes = بله
flow-no = نه
flow-skipped = رد شده
flow-choose-button = لطفاً با یکی از دکمه‌ها پاسخ دهید.
flow-choose-at-least-one = لطفاً دست‌کم یک گزینه را انتخاب کنید، بعد «تمام» را بزنید.
flow-too-long = این پاسخ خیلی طولانی است. لطفاً حداکثر { $limit } نویسه بنویسید.
flow-bad-date = لطفاً تاریخی را بنویسید که گذشته باشد، مثلاً 2026-11-28.
flow-bad-number = لطفاً یک عدد صحیح بنویسید، مثلاً 12.
flow-bad-link = لطفاً پیوندی بفرستید که با https:// شروع شود، یا «رد کردن» را بزنید.
flow-empty = لطفاً پاسخ خود را بنویسید.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = پرسش { $step } از { $total }: { $question }

    پاسخ شما تا اینجا: { $answer }
flow-keep = نگه داشتن این پاسخ
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = بر اساس پاسخ شما، { $change ->
        [-1] یک پرسش حذف شد؛ اکنون در مجموع { $total } پرسش داریم.
        [1] یک پرسش اضافه شد؛ اکنون در مجموع { $total } پرسش داریم.
       *[other] تعداد پرسش‌ها تغییر کرد؛ اکنون در مجموع { $total } پرسش داریم.
    }

    پرسش { $step } از { $total }: { $question }
flow-not-current = این دکمه مربوط به پرسش دیگری است. پرسش فعلی این است.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = نوشتن پاسخ
