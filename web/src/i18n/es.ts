/**
 * Spanish. The ids are the English texts (catalog.ts); the texts are ICU MessageFormat. Spanish
 * addresses the reader as "usted", as a clinic does.
 */
const es = {
  // The app shell
  'Skip to main content': 'Saltar al contenido principal',
  'Loading…': 'Cargando…',
  'your account': 'su cuenta',
  'the exercise list': 'la lista de ejercicios',
  'Welcome to Motus': 'Bienvenido a Motus',
  'Motus helps you do your home exercises and stay in touch with your physical therapist.':
    'Motus le ayuda a hacer sus ejercicios en casa y a mantenerse en contacto con su fisioterapeuta.',
  'Please sign in to see your exercises.': 'Inicie sesión para ver sus ejercicios.',
  Language: 'Idioma',
  "Browser's language": 'Idioma del navegador',
  'Your language choice could not be saved. Please try again.':
    'No se pudo guardar su elección de idioma. Inténtelo de nuevo.',
  'Checking if you are signed in…': 'Comprobando si ha iniciado sesión…',
  'Sign in': 'Iniciar sesión',
  'Signed in as': 'Sesión iniciada como',
  'No Motus role yet': 'Aún sin función en Motus',
  Patient: 'Paciente',
  Therapist: 'Terapeuta',
  Administrator: 'Administrador/a',
  // Failures, not found, sign-out
  'Try again': 'Reintentar',
  'Page not found': 'Página no encontrada',
  'There is nothing at this address.': 'No hay nada en esta dirección.',
  'Go to {place}': 'Ir a {place}',
  'We could not load {what}: Motus is not answering. Check your internet connection and try again.':
    'No pudimos cargar {what}: Motus no responde. Compruebe su conexión a internet e inténtelo de nuevo.',
  'You are signed out. Please sign in again.': 'Su sesión se ha cerrado. Vuelva a iniciar sesión.',
  'You are not allowed to see {what}.': 'No tiene permiso para ver {what}.',
  'We could not load {what}: something went wrong on our side. Please try again in a moment.':
    'No pudimos cargar {what}: algo falló por nuestra parte. Inténtelo de nuevo en un momento.',
  'We could not load {what}. The server said: {said}': 'No pudimos cargar {what}. El servidor respondió: {said}',
  'We could not load {what}. Please try again.': 'No pudimos cargar {what}. Inténtelo de nuevo.',
  'Could not {action}: Motus is not answering. Check the connection and try again.':
    'No se pudo {action}: Motus no responde. Compruebe la conexión e inténtelo de nuevo.',
  'Could not {action}: you are signed out. Please sign in again.':
    'No se pudo {action}: su sesión se ha cerrado. Vuelva a iniciar sesión.',
  'Could not {action}: something went wrong on our side. Please try again.':
    'No se pudo {action}: algo falló por nuestra parte. Inténtelo de nuevo.',
  'Could not {action}: {said}': 'No se pudo {action}: {said}',
  'Could not {action}. Please try again.': 'No se pudo {action}. Inténtelo de nuevo.',
  'Sign out': 'Cerrar sesión',
  '{count, plural, one {1 entry has not reached Motus yet. Signing out deletes it from this device and it is not sent.} other {# entries have not reached Motus yet. Signing out deletes them from this device and they are not sent.}}':
    '{count, plural, one {1 registro aún no ha llegado a Motus. Al cerrar sesión se borra de este dispositivo y no se envía.} other {# registros aún no han llegado a Motus. Al cerrar sesión se borran de este dispositivo y no se envían.}}',
  '{count, plural, one {Sign out and delete it} other {Sign out and delete them}}':
    '{count, plural, one {Cerrar sesión y borrarlo} other {Cerrar sesión y borrarlos}}',
  'Stay signed in': 'Seguir con la sesión iniciada',
  // The patient's screens
  Today: 'Hoy',
  Progress: 'Progreso',
  Visits: 'Citas',
  Messages: 'Mensajes',
  Settings: 'Ajustes',
  'your record': 'su historia',
  'This browser does not let Motus keep your entries while offline (storage is blocked, for example in a private window). Please open Motus in a normal window.':
    'Este navegador no permite que Motus guarde sus registros sin conexión (el almacenamiento está bloqueado, por ejemplo en una ventana privada). Abra Motus en una ventana normal.',
  'Your screens': 'Sus pantallas',
  'reminders and new messages': 'recordatorios y mensajes nuevos',
  'It is about two hours since your session.': 'Han pasado unas dos horas desde su sesión.',
  'Tell us how your pain is now': 'Díganos cómo está su dolor ahora',
  // Today, sessions and check-ins
  'Save my session': 'Guardar mi sesión',
  'Pain right after': 'Dolor justo después',
  'Worst pain during the exercises': 'Dolor máximo durante los ejercicios',
  'Pain before you started': 'Dolor antes de empezar',
  "Save today's session": 'Guardar la sesión de hoy',
  'Save time zone': 'Guardar zona horaria',
  'Time zone (for example Europe/Berlin)': 'Zona horaria (por ejemplo Europe/Madrid)',
  'Your time zone': 'Su zona horaria',
  'Since your last check-in, have you had any of these? Tick each one you have had.':
    'Desde su último registro, ¿ha tenido alguno de estos? Marque cada uno que haya tenido.',
  'Your answers could not be sent to your therapist. Please act on this now all the same.':
    'No se pudieron enviar sus respuestas a su terapeuta. Aun así, actúe ahora.',
  'Motus cannot be reached right now. Your answers are saved on this phone and are sent to your therapist as soon as it can.':
    'Ahora no se puede conectar con Motus. Sus respuestas se guardan en este teléfono y se envían a su terapeuta en cuanto sea posible.',
  Again: 'Otra vez',
  Stop: 'Parar',
  'Time left': 'Tiempo restante',
  'Highest (beats a minute)': 'Máxima (latidos por minuto)',
  'Average (beats a minute)': 'Media (latidos por minuto)',
  'Heart rate, if you measured it (optional)': 'Frecuencia cardiaca, si la midió (opcional)',
  'Save my pain': 'Guardar mi dolor',
  'Your pain right now, from 0 (none) to 10 (worst)': 'Su dolor ahora mismo, de 0 (ninguno) a 10 (el peor)',
  'How is your pain today?': '¿Cómo está su dolor hoy?',
  // Settings
  'Without it, Motus cannot hold video visits with you.': 'Sin él, Motus no puede hacer videoconsultas con usted.',
  'Your consents could not be read just now (are you offline?). Please try again later.':
    'No se pudieron leer sus consentimientos (¿está sin conexión?). Inténtelo más tarde.',
  'Everything, as a FHIR file (JSON)': 'Todo, como archivo FHIR (JSON)',
  'Your summary of care (PDF)': 'Su resumen de atención (PDF)',
  'Download what Motus holds about you, to keep or to bring to another clinic.':
    'Descargue lo que Motus guarda sobre usted, para conservarlo o llevarlo a otra clínica.',
  'Your data': 'Sus datos',
  'How to reach you': 'Cómo contactarle',
  'Your consents': 'Sus consentimientos',
  'Saved.': 'Guardado.',
  'Save reminders': 'Guardar recordatorios',
  'Reminders and notices': 'Recordatorios y avisos',
  Phone: 'Teléfono',
  Email: 'Correo electrónico',
  'How your care team should reach you': 'Cómo debe contactarle su equipo de atención',
  // Visits
  'What is the visit about? (your therapist reads it)': '¿De qué trata la cita? (su terapeuta lo lee)',
  'Your therapist has not opened times for video visits yet. They book visits with you, or send them a message.':
    'Su terapeuta aún no ha abierto horarios para videoconsultas. Le reservará una cita, o puede enviarle un mensaje.',
  'the free times': 'los horarios libres',
  'Loading free times…': 'Cargando horarios libres…',
  'Ask for a visit': 'Pedir una cita',
  'Your therapist confirms the new time.': 'Su terapeuta confirma la nueva hora.',
  'Ask for the new time': 'Pedir la nueva hora',
  'Why are you moving it? (your therapist reads it)': '¿Por qué la cambia? (su terapeuta lo lee)',
  Back: 'Volver',
  'this visit': 'esta cita',
  'Cancel the visit': 'Cancelar la cita',
  'Why are you cancelling? (your therapist reads it)': '¿Por qué la cancela? (su terapeuta lo lee)',
  'Read the consent to telehealth again': 'Volver a leer el consentimiento de telesalud',
  'You have not given your consent to telehealth, so you cannot join video visits. Your therapist will see you in person.':
    'No ha dado su consentimiento a la telesalud, así que no puede unirse a videoconsultas. Su terapeuta le atenderá en persona.',
  'Add to my calendar': 'Añadir a mi calendario',
  'Join the video visit': 'Unirse a la videoconsulta',
  'No past visits yet.': 'Aún no hay citas pasadas.',
  'Past visits': 'Citas pasadas',
  'No video visits are booked. Ask for one below, or your therapist books one with you.':
    'No hay videoconsultas reservadas. Pida una abajo, o su terapeuta le reservará una.',
  'Coming up': 'Próximas',
  'your visits': 'sus citas',
  'Loading your visits…': 'Cargando sus citas…',
  // The routine
  Undo: 'Deshacer',
  'I finished a set': 'He terminado una serie',
  'Start the hold timer': 'Iniciar el temporizador',
  'Avoid:': 'Evite:',
  'You wrote about something that can be a warning sign. Please answer these questions now, so we can tell you what to do. Your therapist may not read your message straight away.':
    'Ha escrito sobre algo que puede ser una señal de alarma. Responda ahora a estas preguntas para que podamos decirle qué hacer. Puede que su terapeuta no lea su mensaje enseguida.',
  'Messages with your care team': 'Mensajes con su equipo de atención',
  'Anything else you want to tell your therapist? (optional)':
    '¿Algo más que quiera decirle a su terapeuta? (opcional)',
  // First sign-in and reminders
  'Not saved:': 'No guardado:',
  until: 'hasta',
  From: 'Desde',
  'Quiet hours': 'Horas de silencio',
  'the reminders and notices you chose to get as a notification on this device':
    'los recordatorios y avisos que eligió recibir como notificación en este dispositivo',
  'At (your local time)': 'A las (su hora local)',
  'Choose how Motus may remind you. You can change this later in Settings.':
    'Elija cómo puede recordarle Motus. Puede cambiarlo más tarde en Ajustes.',
  'your preferences': 'sus preferencias',
  'Use this time zone': 'Usar esta zona horaria',
  'Motus counts your days and weeks in your own time zone. This is the one your device uses:':
    'Motus cuenta sus días y semanas en su propia zona horaria. Esta es la que usa su dispositivo:',
  'Save my answers and start': 'Guardar mis respuestas y empezar',
  'The wording of a consent changed. Please read it and answer again.':
    'Ha cambiado el texto de un consentimiento. Léalo y responda de nuevo.',
  'the consent texts': 'los textos de consentimiento',
  Continue: 'Continuar',
  'Not watched around the clock: your therapist reads what you record during working hours.':
    'No se vigila a todas horas: su terapeuta lee lo que registra en horario laboral.',
  'Not a diagnosis, and not a replacement for seeing a doctor when something is wrong.':
    'No es un diagnóstico ni sustituye a ir al médico cuando algo va mal.',
  'What Motus is not': 'Lo que Motus no es',
  'Video visits with your therapist.': 'Videoconsultas con su terapeuta.',
  'A place to record your pain and the sessions you do, so your therapist can follow how you are doing.':
    'Un lugar para registrar su dolor y las sesiones que hace, para que su terapeuta pueda seguir cómo le va.',
  'Your home programme of exercise, stretching and rest, as your therapist prescribed it.':
    'Su programa en casa de ejercicio, estiramientos y descanso, tal como lo prescribió su terapeuta.',
  'What Motus is': 'Lo que Motus es',
  'Motus is where you and your physical therapist work on your pain between and during visits.':
    'Motus es donde usted y su fisioterapeuta trabajan en su dolor entre citas y durante ellas.',
  'Your progress': 'Su progreso',
  // Waiting entries and follow-ups
  'Try to send now': 'Intentar enviar ahora',
  'OK, remove it': 'De acuerdo, quitarlo',
  'Saved on this phone. Nothing is lost: it is sent as soon as Motus can be reached.':
    'Guardado en este teléfono. No se pierde nada: se envía en cuanto se pueda conectar con Motus.',
  Save: 'Guardar',
  'Your pain now': 'Su dolor ahora',
  'Your answer is saved on this phone and is sent as soon as Motus can be reached.':
    'Su respuesta se guarda en este teléfono y se envía en cuanto se pueda conectar con Motus.',
  OK: 'Aceptar',
  'Pain about two hours after your session': 'Dolor unas dos horas después de su sesión',
  // Notifications
  'Turn on': 'Activar',
  'Turn off on this device': 'Desactivar en este dispositivo',
  'Notify me on this device': 'Avisarme en este dispositivo',
  'Unread:': 'Sin leer:',
  'Mark all read': 'Marcar todo como leído',
  Notifications: 'Notificaciones',
  'No notifications.': 'No hay notificaciones.',
  'your notifications': 'sus notificaciones',
  'Loading your notifications…': 'Cargando sus notificaciones…',
  'We could not load your notifications: Motus is not answering. Check your internet connection.':
    'No pudimos cargar sus notificaciones: Motus no responde. Compruebe su conexión a internet.',
  // Messages
  'the messages': 'los mensajes',
  'Loading the messages…': 'Cargando los mensajes…',
  Send: 'Enviar',
  'Remove the photo': 'Quitar la foto',
  'The photo to send': 'La foto que se enviará',
  'Attach a photo (JPEG or PNG, up to 5 MB)': 'Adjuntar una foto (JPEG o PNG, hasta 5 MB)',
  Message: 'Mensaje',
  'Messages, oldest first': 'Mensajes, los más antiguos primero',
  'No messages yet.': 'Aún no hay mensajes.',
  // Progress and outcome measures
  'No outcome measures answered yet.': 'Aún no ha respondido ningún cuestionario de resultados.',
  'the outcome measures': 'los cuestionarios de resultados',
  'Loading outcome measures…': 'Cargando cuestionarios de resultados…',
  'the progress charts': 'los gráficos de progreso',
  'Loading progress…': 'Cargando el progreso…',
  'Days with a check-in, last 30 days': 'Días con registro, últimos 30 días',
  'Sessions per week': 'Sesiones por semana',
  'Pain over the weeks': 'Dolor a lo largo de las semanas',
  'Thank you: your answers are with your therapist.': 'Gracias: sus respuestas ya las tiene su terapeuta.',
  'Questions about how you are doing': 'Preguntas sobre cómo le va',
  'Add another activity': 'Añadir otra actividad',
  Next: 'Siguiente',
  'As well as before the problem': 'Tan bien como antes del problema',
  'Unable to do it': 'No puedo hacerlo',
  'How well can you do it now?': '¿Qué tan bien puede hacerlo ahora?',
  Time: 'Hora',
  Day: 'Día',
  'No free times in the next weeks. Please send your therapist a message.':
    'No hay horarios libres en las próximas semanas. Envíe un mensaje a su terapeuta.',
  'Never mind': 'Da igual',
  // The call
  Show: 'Mostrar',
  'the exercises': 'los ejercicios',
  'Loading exercises…': 'Cargando ejercicios…',
  'Show the patient an exercise': 'Mostrar un ejercicio al paciente',
  'Back to Motus': 'Volver a Motus',
  'Sign in again': 'Volver a iniciar sesión',
  'Join again': 'Volver a unirse',
  'Leave the waiting room': 'Salir de la sala de espera',
  'Your therapist will admit you. Please keep this page open.':
    'Su terapeuta le dejará entrar. Mantenga esta página abierta.',
  'Loading the visit…': 'Cargando la cita…',
  'Keep the visit going': 'Continuar la cita',
  'End the visit for both': 'Terminar la cita para ambos',
  'End visit': 'Terminar la cita',
  'Show an exercise': 'Mostrar un ejercicio',
  'Call controls': 'Controles de la llamada',
  'Close the exercise': 'Cerrar el ejercicio',
  'Your own video': 'Su propio vídeo',
  'Default microphone': 'Micrófono predeterminado',
  'Default camera': 'Cámara predeterminada',
  'Try camera and microphone again': 'Probar de nuevo la cámara y el micrófono',
  'Your camera preview': 'Vista previa de su cámara',
  'Not sent; try again.': 'No enviado; inténtelo de nuevo.',
  'The chat connects with the call.': 'El chat se conecta con la llamada.',
  'Microphone level': 'Nivel del micrófono',
  'Check before joining': 'Comprobar antes de unirse',
  // The exercise library
  'Made by': 'Creado por',
  'Body areas': 'Zonas del cuerpo',
  Type: 'Tipo',
  'There are no exercises in the library yet.': 'Aún no hay ejercicios en la biblioteca.',
  'Add a clinic exercise': 'Añadir un ejercicio de la clínica',
  Exercises: 'Ejercicios',
  'Remove the demonstration': 'Quitar la demostración',
  Upload: 'Subir',
  'Demonstration video or image (up to 30 MB)': 'Vídeo o imagen de demostración (hasta 30 MB)',
  "Loading today's exercises…": 'Cargando los ejercicios de hoy…',
  "today's exercises": 'los ejercicios de hoy',
  'Your therapist has not given you a programme yet. You can still tell us how your pain is each day.':
    'Su terapeuta aún no le ha dado un programa. Aun así, puede contarnos cada día cómo está su dolor.',
  'Nothing is planned for today. Rest, or go for a gentle walk if you feel like it.':
    'No hay nada previsto para hoy. Descanse, o dé un paseo suave si le apetece.',
  'Short on time?': '¿Poco tiempo?',
  'A 2-minute session counts. Pick one exercise below and do it for two minutes.':
    'Una sesión de 2 minutos cuenta. Elija un ejercicio de abajo y hágalo durante dos minutos.',
  'Do a 2-minute session': 'Hacer una sesión de 2 minutos',
  'Do one exercise for two minutes, then tick it as done and save your session below.':
    'Haga un ejercicio durante dos minutos, márquelo como hecho y guarde su sesión abajo.',
  'Start 2 minutes': 'Empezar 2 minutos',
  'Back to the full session': 'Volver a la sesión completa',
  // Check-ins and sessions
  'Please answer the questions about warning signs: tick each one you have had, or "None of these".':
    'Responda a las preguntas sobre señales de alarma: marque cada una que haya tenido, o «Ninguna de estas».',
  'Pain today: {pain} out of 10, with warning signs': 'Dolor hoy: {pain} de 10, con señales de alarma',
  'Pain today: {pain} out of 10': 'Dolor hoy: {pain} de 10',
  'Thank you. Your pain today, {pain} out of 10, is saved.': 'Gracias. Su dolor de hoy, {pain} de 10, está guardado.',
  'Your pain today, {pain} out of 10, is saved on this phone and is sent as soon as Motus can be reached.':
    'Su dolor de hoy, {pain} de 10, está guardado en este teléfono y se envía en cuanto se pueda conectar con Motus.',
  'Motus is not for emergencies. In an emergency, call your local emergency number.':
    'Motus no es para emergencias. En una emergencia, llame al número de emergencias local.',
  'Pain two hours after the session: {pain} out of 10': 'Dolor dos horas después de la sesión: {pain} de 10',
  'Your session that ended at {time}: how is your pain now?':
    'Su sesión que terminó a las {time}: ¿cómo está su dolor ahora?',
  'Due at': 'Para las',
  'Answer between {opens} and {closes}.': 'Responda entre las {opens} y las {closes}.',
  // The hold timer
  'other {side}': 'otro lado ({side})',
  'first {side}': 'primer lado ({side})',
  '{sets, plural, one {# hold} other {# holds}} of {seconds} seconds on each {side}':
    '{sets, plural, one {# mantenimiento} other {# mantenimientos}} de {seconds} segundos en cada {side}',
  '{sets, plural, one {# hold} other {# holds}} of {seconds} seconds':
    '{sets, plural, one {# mantenimiento} other {# mantenimientos}} de {seconds} segundos',
  '{time} to go': 'Quedan {time}',
  'Hold {index} of {sets}': 'Mantener {index} de {sets}',
  Hold: 'Mantener',
  'Rest before the next hold': 'Descanse antes del siguiente',
  Done: 'Hecho',
  '{count} of {of}': '{count} de {of}',
  'Say it aloud': 'Decirlo en voz alta',
  '{used} of {max} characters': '{used} de {max} caracteres',
  '{left} characters left': 'Quedan {left} caracteres',
  '(optional)': '(opcional)',
  ": your goals, your programme's changes, pain and function against where you started, and the sessions you did. Bring it to another clinician or keep it for yourself.":
    ': sus objetivos, los cambios de su programa, el dolor y la función comparados con el inicio, y las sesiones que hizo. Llévelo a otro profesional o guárdelo para usted.',
  'Tick "I did this today" on at least one exercise.': 'Marque «Lo hice hoy» en al menos un ejercicio.',
  'Choose your pain before the session.': 'Elija su dolor antes de la sesión.',
  'A heart rate must be a whole number from {min} to {max} beats a minute.':
    'La frecuencia cardiaca debe ser un número entero de {min} a {max} latidos por minuto.',
  'This session is already saved.': 'Esta sesión ya está guardada.',
  'Session: {exercises}': 'Sesión: {exercises}',
  'Your session is saved.': 'Su sesión está guardada.',
  'Your session is saved on this phone and is sent as soon as Motus can be reached.':
    'Su sesión está guardada en este teléfono y se envía en cuanto se pueda conectar con Motus.',
  'Tick the exercises you did, then tell us about your pain.':
    'Marque los ejercicios que hizo y luego cuéntenos sobre su dolor.',
  'You did: {exercises}.': 'Hizo: {exercises}.',
  'Your limit while exercising is {ceiling} out of 10.': 'Su límite durante el ejercicio es {ceiling} de 10.',
  'None of these': 'Ninguna de estas',
  // Asking for a visit
  'Choose a time and say what the visit is about.': 'Elija una hora y diga de qué trata la cita.',
  'Asked {therapist} for {time}. You will see here when they confirm it.':
    'Se ha pedido a {therapist} para el {time}. Aquí verá cuándo lo confirma.',
  'ask for the visit': 'pedir la cita',
  'Each visit lasts {minutes} minutes. Times are shown in your time zone.':
    'Cada cita dura {minutes} minutos. Las horas se muestran en su zona horaria.',
  'Asking…': 'Pidiendo…',
  'Ask for this time': 'Pedir esta hora',
  // The routine items
  'Aim for a heart rate of {low} to {high} beats a minute: you can talk, but not sing.':
    'Busque una frecuencia cardiaca de {low} a {high} latidos por minuto: puede hablar, pero no cantar.',
  'From your therapist: {notes}': 'De su terapeuta: {notes}',
  'Start the {minutes}-minute timer': 'Iniciar el temporizador de {minutes} minutos',
  'I did this today': 'Lo hice hoy',
  'Sets done:': 'Series hechas:',
  'of {sets} ({reps} repetitions each)': 'de {sets} ({reps} repeticiones cada una)',
  'of {sets}': 'de {sets}',
  'How to do {name}': 'Cómo hacer {name}',
  'Watch how to do {name}': 'Ver cómo hacer {name}',
  'Watch how to do {name} (opens a new tab)': 'Ver cómo hacer {name} (se abre en una pestaña nueva)',
  'Drawing: how to do {name}': 'Dibujo: cómo hacer {name}',
  // Time zone
  'Saved: your days are now counted in {zone}.': 'Guardado: sus días se cuentan ahora en {zone}.',
  'Not saved: {reason}': 'No guardado: {reason}',
  'Motus does not know this time zone.': 'Motus no conoce esta zona horaria.',
  'Not saved: Motus could not be reached. Please try again.':
    'No guardado: no se pudo conectar con Motus. Inténtelo de nuevo.',
  'Your days and weeks are counted in': 'Sus días y semanas se cuentan en',
  "Use this phone's time zone ({zone})": 'Usar la zona horaria de este teléfono ({zone})',
  // Visits
  'Move this visit': 'Cambiar esta cita',
  Move: 'Cambiar',
  'Cancel this visit': 'Cancelar esta cita',
  Cancel: 'Cancelar',
  '{therapist} has no free times open; send them a message to find another time.':
    '{therapist} no tiene horarios libres; envíele un mensaje para buscar otra hora.',
  'Asked for: waiting for your therapist to confirm': 'Pedida: esperando la confirmación de su terapeuta',
  Booked: 'Reservada',
  'Waiting room open': 'Sala de espera abierta',
  'In progress': 'En curso',
  'Took place': 'Realizada',
  Cancelled: 'Cancelada',
  'With {therapist}, {minutes} minutes.': 'Con {therapist}, {minutes} minutos.',
  'About: {reason}': 'Motivo: {reason}',
  'You cancelled it: {reason}': 'Usted la canceló: {reason}',
  '{therapist} cancelled it: {reason}': '{therapist} la canceló: {reason}',
  'You moved it: {reason}': 'Usted la cambió: {reason}',
  '{therapist} moved it: {reason}': '{therapist} la cambió: {reason}',
  'You can join from {time}, ten minutes before the start.':
    'Puede unirse desde las {time}, diez minutos antes del inicio.',
  // Waiting entries
  'Waiting to be sent ({count})': 'Esperando para enviarse ({count})',
  'Could not be sent': 'No se pudo enviar',
  '(saved at {time})': '(guardado a las {time})',
  // Dosage
  '{side, select, leg {leg} arm {arm} foot {foot} hand {hand} knee {knee} hip {hip} shoulder {shoulder} other {side}}':
    '{side, select, leg {pierna} arm {brazo} foot {pie} hand {mano} knee {rodilla} hip {cadera} shoulder {hombro} other {lado}}',
  'on each {side}': 'en cada {side}',
  'Hold {seconds, plural, one {# second} other {# seconds}}':
    'Mantener {seconds, plural, one {# segundo} other {# segundos}}',
  '{sets} times': '{sets} veces',
  '{sets, plural, one {# set} other {# sets}} of {reps, plural, one {# repetition} other {# repetitions}}':
    '{sets, plural, one {# serie} other {# series}} de {reps, plural, one {# repetición} other {# repeticiones}}',
  '{sets, plural, one {# set} other {# sets}}': '{sets, plural, one {# serie} other {# series}}',
  '{reps, plural, one {# repetition} other {# repetitions}}':
    '{reps, plural, one {# repetición} other {# repeticiones}}',
  'with {kg} kg': 'con {kg} kg',
  '{minutes, plural, one {# minute} other {# minutes}}': '{minutes, plural, one {# minuto} other {# minutos}}',
  'rest {seconds} seconds between': 'descanso de {seconds} segundos entre medias',
  '{count} times today': '{count} veces hoy',
  // Spoken by the hold timer
  'Done. Well done.': 'Terminado. Muy bien.',
  'Now the other {side}.': 'Ahora el otro lado ({side}).',
  'Hold {index} of {sets}: {seconds} seconds.': 'Mantener {index} de {sets}: {seconds} segundos.',
  'Hold for {seconds} seconds.': 'Mantenga {seconds} segundos.',
  'Rest for {seconds} seconds, then change to the other {side}.':
    'Descanse {seconds} segundos y cambie al otro lado ({side}).',
  'Rest for {seconds} seconds.': 'Descanse {seconds} segundos.',
  'Breathe in': 'Inspire',
  'Breathe out': 'Espire',
  'Hold your breath': 'Contenga la respiración',
  Pause: 'Pausa',
  // Sending what waits on the phone
  'The server already has a different entry with this key: {said}':
    'El servidor ya tiene otro registro con esta clave: {said}',
  'The server did not accept it: {said}': 'El servidor no lo aceptó: {said}',
  'It could not be sent.': 'No se pudo enviar.',
  'You are signed out: sign in again and it will be sent.':
    'Su sesión se ha cerrado: vuelva a iniciar sesión y se enviará.',
  'Motus is busy or had a problem: we will try again soon.':
    'Motus está ocupado o tuvo un problema: lo intentaremos de nuevo pronto.',
  'No connection: it will be sent when you are back online.':
    'Sin conexión: se enviará cuando vuelva a estar en línea.',
  // The pain scale
  'No pain': 'Sin dolor',
  Mild: 'Leve',
  Moderate: 'Moderado',
  Severe: 'Intenso',
  'Worst imaginable': 'El peor imaginable',
  // Red flags (clinical-rules.md §16)
  'Chest pain, unusual breathlessness, fainting or a racing heart while exercising':
    'Dolor en el pecho, falta de aire inusual, desmayo o corazón acelerado al hacer ejercicio',
  'Numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel':
    'Entumecimiento entre las piernas o alrededor de las nalgas, o problemas nuevos para controlar la vejiga o el intestino',
  'New or worse weakness or numbness in a leg': 'Debilidad o entumecimiento nuevo o peor en una pierna',
  'Fever or feeling unwell, together with back pain': 'Fiebre o malestar general, junto con dolor de espalda',
  'Losing weight without trying': 'Perder peso sin intentarlo',
  'Pain at night that does not ease when you rest or change position':
    'Dolor por la noche que no mejora al descansar o cambiar de postura',
  'A fall or an injury since your last session': 'Una caída o una lesión desde su última sesión',
  'Stop your exercise programme now and call your local emergency number.':
    'Detenga ahora su programa de ejercicios y llame al número de emergencias local.',
  'Stop your exercise programme and get urgent medical care today (your GP or an urgent care centre). Also tell your therapist.':
    'Detenga su programa de ejercicios y busque atención médica urgente hoy (su médico de cabecera o un centro de urgencias). Avise también a su terapeuta.',
  // Consents and contact
  'Telehealth: care by video': 'Telesalud: atención por vídeo',
  'Remote monitoring between visits': 'Seguimiento a distancia entre citas',
  'on {date}': 'el {date}',
  '(text version {version})': '(versión del texto {version})',
  'The text changed since you answered{detail}: please read it and answer again.':
    'El texto ha cambiado desde que respondió{detail}: léalo y responda de nuevo.',
  'You accepted{detail}.': 'Usted aceptó{detail}.',
  'You declined{detail}.': 'Usted rechazó{detail}.',
  'You withdrew your consent{detail}.': 'Usted retiró su consentimiento{detail}.',
  'You have not answered yet.': 'Aún no ha respondido.',
  'Read again or withdraw': 'Volver a leer o retirar',
  'Read and answer': 'Leer y responder',
  'In the Motus app': 'En la aplicación Motus',
  'By email': 'Por correo electrónico',
  'By text message': 'Por SMS',
  'By phone call': 'Por llamada telefónica',
  'Motus could not be reached. Please try again.': 'No se pudo conectar con Motus. Inténtelo de nuevo.',
  'Saving…': 'Guardando…',
  'Save contact details': 'Guardar datos de contacto',
  ': goals, programme changes, pain and function against where you started, sessions and flags.':
    ': objetivos, cambios del programa, dolor y función comparados con el inicio, sesiones y alertas.',
  ': your record, readings, answers, consents and care team, in the standard format other health systems read.':
    ': su historia, mediciones, respuestas, consentimientos y equipo de atención, en el formato estándar que leen otros sistemas de salud.',
  'Please answer each consent: accept or decline.': 'Responda a cada consentimiento: acepte o rechace.',
  'A consent text changed while you were reading. Please read it again below.':
    'Un texto de consentimiento cambió mientras lo leía. Vuelva a leerlo abajo.',
  '{name}, version {version}': '{name}, versión {version}',
  'Version {version}': 'Versión {version}',
  'I accept': 'Acepto',
  'I decline': 'No acepto',
  'How Motus reminds you': 'Cómo le recuerda Motus',
  'Your consent': 'Su consentimiento',
  'Step {position} of {count}': 'Paso {position} de {count}',
  'Reminders to tell us your pain two hours after a session':
    'Recordatorios para contarnos su dolor dos horas después de una sesión',
  'A reminder on programme days': 'Un recordatorio los días de programa',
  'Reminders before a video visit': 'Recordatorios antes de una videoconsulta',
  'A notice when your care team sends you a message': 'Un aviso cuando su equipo de atención le envía un mensaje',
  'In Motus': 'En Motus',
  'Notification on this device': 'Notificación en este dispositivo',
  'Save and continue': 'Guardar y continuar',
  'No reminders at night (they wait until the end)': 'Sin recordatorios por la noche (esperan hasta el final)',
  'If you decline, you can still follow your home programme and record your pain in Motus, but you cannot join video visits: your therapist will see you in person.':
    'Si no acepta, puede seguir su programa en casa y registrar su dolor en Motus, pero no puede unirse a videoconsultas: su terapeuta le atenderá en persona.',
  'If you decline, what you record still reaches your therapist for your safety, but it is not counted as remote monitoring and your clinic does not bill for it.':
    'Si no acepta, lo que registre seguirá llegando a su terapeuta por su seguridad, pero no cuenta como seguimiento a distancia y su clínica no lo factura.',
  // The video call
  'Video visit with {name}': 'Videoconsulta con {name}',
  '{name} is in the waiting room.': '{name} está en la sala de espera.',
  '{name} has not joined yet.': '{name} aún no se ha unido.',
  'Admit {name}': 'Dejar entrar a {name}',
  '{name} is here.': '{name} está aquí.',
  'Cannot reach Motus. Trying again…': 'No se puede conectar con Motus. Intentándolo de nuevo…',
  'Connecting to Motus…': 'Conectando con Motus…',
  'Connection to Motus lost. Reconnecting…': 'Se perdió la conexión con Motus. Reconectando…',
  'You are in the visit room.': 'Está en la sala de la cita.',
  'You are in the waiting room.': 'Está en la sala de espera.',
  '{name} lost their connection. Waiting for them to come back…': '{name} perdió la conexión. Esperando a que vuelva…',
  'Waiting for {name}…': 'Esperando a {name}…',
  'The visit has ended. Thank you.': 'La cita ha terminado. Gracias.',
  'This visit is open in another tab or device. You can close this one.':
    'Esta cita está abierta en otra pestaña o dispositivo. Puede cerrar esta.',
  'This visit cannot be joined now.': 'Ahora no se puede unir a esta cita.',
  'You left the call.': 'Ha salido de la llamada.',
  'You were signed out, so the call stopped. Sign in again to rejoin the visit.':
    'Su sesión se cerró, así que la llamada se detuvo. Vuelva a iniciar sesión para volver a la cita.',
  'Chat with {name}': 'Chat con {name}',
  'Messages go straight to {name} and are not kept after the call.':
    'Los mensajes van directamente a {name} y no se guardan después de la llamada.',
  You: 'Usted',
  'Message to {name}': 'Mensaje para {name}',
  'The exercise could not be sent: the call is not connected.':
    'No se pudo enviar el ejercicio: la llamada no está conectada.',
  'Showing “{name}” to the patient.': 'Mostrando «{name}» al paciente.',
  'From the patient’s current plan:': 'Del plan actual del paciente:',
  'The patient has no published plan. From the library:': 'El paciente no tiene un plan publicado. De la biblioteca:',
  'Show {name}': 'Mostrar {name}',
  'Video of {name}': 'Vídeo de {name}',
  'Exercise: {name}': 'Ejercicio: {name}',
  'Note from your therapist: {notes}': 'Nota de su terapeuta: {notes}',
  Mute: 'Silenciar',
  Unmute: 'Activar sonido',
  'Turn camera off': 'Apagar la cámara',
  'Turn camera on': 'Encender la cámara',
  'Stop sharing screen': 'Dejar de compartir pantalla',
  'Share screen': 'Compartir pantalla',
  'Chat ({count} new)': 'Chat ({count} nuevos)',
  Chat: 'Chat',
  Leave: 'Salir',
  'Hang up': 'Colgar',
  '{count, plural, one {# new chat message} other {# new chat messages}} from {name}':
    '{count, plural, one {# mensaje de chat nuevo} other {# mensajes de chat nuevos}} de {name}',
  '{name} has muted and turned the camera off': '{name} ha silenciado el micrófono y apagado la cámara',
  '{name} turned the camera off': '{name} ha apagado la cámara',
  '{name} has muted': '{name} ha silenciado el micrófono',
  '{minutes} minutes': '{minutes} minutos',
  'This visit is over.': 'Esta cita ha terminado.',
  'The waiting room opens 10 minutes before the start.': 'La sala de espera abre 10 minutos antes del inicio.',
  'No camera picture': 'Sin imagen de cámara',
  'Starting your camera…': 'Iniciando su cámara…',
  Camera: 'Cámara',
  Microphone: 'Micrófono',
  'Join the visit': 'Unirse a la cita',
  'Getting ready…': 'Preparando…',
  'Your camera works: you see its picture.': 'Su cámara funciona: ve su imagen.',
  'No camera picture.': 'Sin imagen de cámara.',
  'Nobody is waiting to be admitted right now.': 'Ahora no hay nadie esperando para entrar.',
  'The visit could not be ended right now. Please try again.': 'No se pudo terminar la cita ahora. Inténtelo de nuevo.',
  'Motus may not use your camera and microphone. Allow them in your browser settings (the camera icon in the address bar) and try again. You can still join to see and hear your therapist, but they will not see or hear you.':
    'Motus no puede usar su cámara ni su micrófono. Permítalos en los ajustes del navegador (el icono de la cámara en la barra de direcciones) e inténtelo de nuevo. Puede unirse igualmente para ver y oír a su terapeuta, pero no le verá ni le oirá.',
  'No camera or microphone was found. You can still join to see and hear the other person, but they will not see or hear you.':
    'No se encontró cámara ni micrófono. Puede unirse igualmente para ver y oír a la otra persona, pero no le verá ni le oirá.',
  'No camera was found: you will join with sound only.': 'No se encontró cámara: se unirá solo con sonido.',
  'No microphone was found: the other person will see you but not hear you.':
    'No se encontró micrófono: la otra persona le verá pero no le oirá.',
  'Your camera or microphone is busy in another program. Close it and try again.':
    'Su cámara o micrófono está en uso en otro programa. Ciérrelo e inténtelo de nuevo.',
  'This browser cannot make video calls. Please use a recent Chrome, Firefox, Safari or Edge.':
    'Este navegador no puede hacer videollamadas. Use una versión reciente de Chrome, Firefox, Safari o Edge.',
  'No microphone: the other person will not hear you. You can still use the chat.':
    'Sin micrófono: la otra persona no le oirá. Puede usar el chat igualmente.',
  'Your microphone works.': 'Su micrófono funciona.',
  'Say something: the bar should move when you speak.': 'Diga algo: la barra debería moverse cuando habla.',
  'Checking the connection…': 'Comprobando la conexión…',
  'Motus is not answering: check your internet connection before joining.':
    'Motus no responde: compruebe su conexión a internet antes de unirse.',
  'Connection to Motus: good': 'Conexión con Motus: buena',
  'Connection to Motus: slow': 'Conexión con Motus: lenta',
  'a relay is ready if your network blocks direct calls.':
    'hay un servidor de retransmisión listo si su red bloquea las llamadas directas.',
  'no relay server is set up, so a strict company or hospital network may block the call.':
    'no hay servidor de retransmisión configurado, así que una red estricta de empresa u hospital puede bloquear la llamada.',
  '{speed} ({ms} ms); {relay}': '{speed} ({ms} ms); {relay}',
  'delay {ms} ms': 'retardo {ms} ms',
  '{percent}% lost': '{percent} % perdido',
  'Poor connection: sound and picture may break up ({details})':
    'Conexión mala: el sonido y la imagen pueden cortarse ({details})',
  'Fair connection: small delays possible ({details})': 'Conexión aceptable: puede haber pequeños retrasos ({details})',
  'Good connection ({details})': 'Buena conexión ({details})',
  'Connection lost. Reconnecting…': 'Conexión perdida. Reconectando…',
  'Starting the call…': 'Iniciando la llamada…',
  'Connecting…': 'Conectando…',
  'Connected. Restoring the link to Motus…': 'Conectado. Restableciendo el enlace con Motus…',
  Connected: 'Conectado',
  'Connection interrupted. Trying to restore it…': 'Conexión interrumpida. Intentando restablecerla…',
  'The connection failed. Trying again…': 'La conexión falló. Intentándolo de nuevo…',
  'The call has ended': 'La llamada ha terminado',
  // Messages and notifications
  'No answer from the server: try again.': 'Sin respuesta del servidor: inténtelo de nuevo.',
  'This photo is over 5 MB: choose a smaller one.': 'Esta foto supera los 5 MB: elija una más pequeña.',
  'Photo from you': 'Foto suya',
  'Photo from {name}': 'Foto de {name}',
  'Not read yet': 'Aún no leído',
  'Read by {name} at {time}': 'Leído por {name} el {time}',
  '({count} unread)': '({count} sin leer)',
  '{count, plural, one {# unread notification} other {# unread notifications}}':
    '{count, plural, one {# notificación sin leer} other {# notificaciones sin leer}}',
  'You have a new urgent alert in Motus': 'Tiene una nueva alerta urgente en Motus',
  '{count, plural, one {You have 1 new alert in Motus} other {You have # new alerts in Motus}}':
    '{count, plural, one {Tiene 1 alerta nueva en Motus} other {Tiene # alertas nuevas en Motus}}',
  'You have a new message in Motus': 'Tiene un mensaje nuevo en Motus',
  'You have a reminder in Motus': 'Tiene un recordatorio en Motus',
  'On: this device shows a notification when Motus has something for you.':
    'Activado: este dispositivo muestra una notificación cuando Motus tiene algo para usted.',
  'Off on this device.': 'Desactivado en este dispositivo.',
  'Blocked by the browser. Allow notifications for this site in its settings, then turn this on.':
    'Bloqueado por el navegador. Permita las notificaciones de este sitio en sus ajustes y luego actívelo.',
  'This browser cannot show notifications from Motus.': 'Este navegador no puede mostrar notificaciones de Motus.',
  'Notifications on devices are not available on this Motus server.':
    'Las notificaciones en dispositivos no están disponibles en este servidor de Motus.',
  'Could not reach the push service. Check the connection and try again.':
    'No se pudo conectar con el servicio de notificaciones. Compruebe la conexión e inténtelo de nuevo.',
  'For {purpose}, even when Motus is closed.': 'Para {purpose}, incluso cuando Motus está cerrado.',
  'Checking this device…': 'Comprobando este dispositivo…',
  'Turning on…': 'Activando…',
  'Turning off…': 'Desactivando…',
  // Progress
  'Your average pain at rest': 'Su dolor medio en reposo',
  'Before the programme': 'Antes del programa',
  'Expected by weeks 6-8 (upper)': 'Esperado en las semanas 6-8 (superior)',
  'Expected by weeks 6-8 (lower)': 'Esperado en las semanas 6-8 (inferior)',
  'Pain (0-10)': 'Dolor (0-10)',
  'Sessions done': 'Sesiones hechas',
  'Sessions planned': 'Sesiones previstas',
  'Function (PSFS)': 'Función (PSFS)',
  'Pain and interference (PEG-3)': 'Dolor e interferencia (PEG-3)',
  'Baseline + MCID': 'Valor inicial + MCID',
  'Baseline - MCID': 'Valor inicial - MCID',
  'Week {week}': 'Semana {week}',
  'Usually pain starts to ease in weeks {from} to {by}, and is {low} to {high} % lower by weeks {targetFrom} to {targetBy}.':
    'Normalmente el dolor empieza a aliviarse entre las semanas {from} y {by}, y es entre un {low} y un {high} % menor hacia las semanas {targetFrom} a {targetBy}.',
  'No pain readings yet.': 'Aún no hay registros de dolor.',
  'Week {week}: your average pain at rest was {pain} out of 10.':
    'Semana {week}: su dolor medio en reposo fue {pain} de 10.',
  'Week {week}: the average pain at rest was {pain} out of 10.':
    'Semana {week}: el dolor medio en reposo fue {pain} de 10.',
  'Before the programme it was {pain} out of 10.': 'Antes del programa era {pain} de 10.',
  'That is {percent} % less.': 'Es un {percent} % menos.',
  'That is {percent} % more.': 'Es un {percent} % más.',
  'That is the same.': 'Es lo mismo.',
  'This is on track with the expected course.': 'Va según la evolución esperada.',
  'This is slower than expected: your therapist will look at it with you.':
    'Va más lento de lo esperado: su terapeuta lo revisará con usted.',
  'This is slower than expected: review the programme with the patient.':
    'Va más lento de lo esperado: revise el programa con el paciente.',
  'It is too early to expect a change.': 'Es demasiado pronto para esperar un cambio.',
  'Week of {date}': 'Semana del {date}',
  'No weeks to show yet.': 'Aún no hay semanas que mostrar.',
  'This week: {count, plural, one {# session} other {# sessions}}.':
    'Esta semana: {count, plural, one {# sesión} other {# sesiones}}.',
  'This week: {count} of {target, plural, one {# session} other {# sessions}}.':
    'Esta semana: {count} de {target, plural, one {# sesión} other {# sesiones}}.',
  'You reached your target in {met} of the last {weeks} weeks.':
    'Alcanzó su objetivo en {met} de las últimas {weeks} semanas.',
  'The target was reached in {met} of the last {weeks} weeks.':
    'El objetivo se alcanzó en {met} de las últimas {weeks} semanas.',
  'Earlier weeks: {weeks}.': 'Semanas anteriores: {weeks}.',
  'Every session counts, even a 2-minute one.': 'Cada sesión cuenta, incluso una de 2 minutos.',
  '{days} of the last 30 days have a check-in or a session.':
    '{days} de los últimos 30 días tienen un registro o una sesión.',
  'Enough for remote monitoring ({needed} are needed).':
    'Suficiente para el seguimiento a distancia (se necesitan {needed}).',
  '{missing, plural, one {# more day} other {# more days}} with data are needed for remote monitoring ({needed}).':
    'Se necesitan {missing, plural, one {# día más} other {# días más}} con datos para el seguimiento a distancia ({needed}).',
  'That is enough for your therapist to follow you remotely ({needed} are needed).':
    'Es suficiente para que su terapeuta le siga a distancia (se necesitan {needed}).',
  '{missing, plural, one {# more day} other {# more days}} with a check-in would let your therapist follow you remotely ({needed} are needed).':
    'Con {missing, plural, one {# día más} other {# días más}} con registro, su terapeuta podría seguirle a distancia (se necesitan {needed}).',
  // Questionnaires and scheduling
  'A few questions to start with': 'Unas preguntas para empezar',
  'Two weeks on: the same questions again': 'Dos semanas después: las mismas preguntas otra vez',
  'Could not send it: try again when you are online.': 'No se pudo enviar: inténtelo de nuevo cuando tenga conexión.',
  'Question {number} of {count}': 'Pregunta {number} de {count}',
  'An activity you find hard because of your problem': 'Una actividad que le resulta difícil por su problema',
  'Please say why; the other person reads it.': 'Diga por qué; la otra persona lo lee.',
  'Please choose a new time and say why.': 'Elija una nueva hora y diga por qué.',
  '{day} ({count} free)': '{day} ({count} libres)',
};

export default es;
